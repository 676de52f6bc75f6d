using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Features.Privacy;

/// <summary>Members' data rights: where export links point and how long they work (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Privacy";

    /// <summary>The bot's public address, for the signed export links.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978/";

    /// <summary>
    /// How long an export link works. The link is the only authorisation (a browser cannot sign in to the bot), so
    /// it is short: whoever holds it can download the member's data until it expires.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan ExportLinkLifetime { get; set; } = TimeSpan.FromMinutes(15);
}
