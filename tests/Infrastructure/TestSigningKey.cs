namespace ClustER.Tests.Infrastructure;

/// <summary>The keys a <see cref="TestTokenIssuer"/> can sign with.</summary>
public enum TestSigningKey
{
    /// <summary>Published in the Bot Framework key set, endorsed for msteams, emulator and webchat.</summary>
    Endorsed,

    /// <summary>Published in the Bot Framework key set but endorsed only for another channel (skype).</summary>
    Unendorsed,

    /// <summary>Published in the Entra ID key set of the tenant (no endorsements, like real Entra keys).</summary>
    Entra,

    /// <summary>Published nowhere: a forger's key.</summary>
    Unpublished,
}
