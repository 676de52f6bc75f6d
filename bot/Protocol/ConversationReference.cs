namespace ClustER.Bot.Protocol;

/// <summary>
/// What the bot must remember to message a conversation later (proactively).
/// </summary>
/// <param name="ServiceUrl">The Connector base URI last seen for the conversation.</param>
/// <param name="ChannelId">The channel, e.g. <c>msteams</c>.</param>
/// <param name="ConversationId">The conversation to post to.</param>
/// <param name="TenantId">The user's tenant, required by Teams to create conversations.</param>
/// <param name="BotId">The bot's own channel account id.</param>
/// <param name="UserId">The user's channel account id, for 1:1 conversations.</param>
public sealed record ConversationReference(
    string ServiceUrl,
    string ChannelId,
    string ConversationId,
    string? TenantId,
    string? BotId,
    string? UserId);
