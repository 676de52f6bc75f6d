namespace ClustER.Bot.Auth;

/// <summary>The outcome of checking an authenticated request against the activity it carries.</summary>
public enum ActivityAuthorization
{
    /// <summary>The activity may be processed.</summary>
    Allowed,

    /// <summary>The token's <c>serviceurl</c> claim is missing or names another Connector.</summary>
    ServiceUrlMismatch,

    /// <summary>The token was signed by a key not endorsed for the activity's channel.</summary>
    ChannelNotEndorsed,
}
