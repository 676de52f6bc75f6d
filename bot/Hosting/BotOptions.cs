using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Hosting;

/// <summary>The bot's identity and turn settings (section <c>Bot</c>).</summary>
public sealed class BotOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Bot";

    /// <summary>The Entra app id of the bot registration. Empty = local anonymous mode (loopback only).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>The client secret of the bot registration, for outbound Connector tokens.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The tenant of the single-tenant bot registration.</summary>
    public string? TenantId { get; set; }

    /// <summary>The bot's display name, used in the Teams app package and messages.</summary>
    [Required]
    public string Name { get; set; } = "ClustER.Bot";

    /// <summary>How long one turn may run before it is cancelled (Teams gives up after 10-15 s).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The largest request body accepted on <c>/api/messages</c>.</summary>
    [Range(1024, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>The longest message text read; longer texts are cut and the user is told.</summary>
    [Range(16, 20_000)]
    public int MaxMessageChars { get; set; } = 1000;

    /// <summary>True when no app id is configured: no JWT, loopback callers only.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);
}
