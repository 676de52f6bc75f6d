using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>
/// The statute's rules for convening meetings (section <c>Assemblies</c>), and how the bot links to
/// invitations and attendance lists.
/// </summary>
public sealed class AssemblyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Assemblies";

    /// <summary>Days of notice a general assembly needs; a closer date needs an urgent convocation.</summary>
    [Range(0, 90)]
    public int NoticeDays { get; set; } = 15;

    /// <summary>Days of notice a board meeting needs.</summary>
    [Range(0, 90)]
    public int BoardNoticeDays { get; set; } = 5;

    /// <summary>How many proxies one member organisation may hold.</summary>
    [Range(0, 20)]
    public int MaxProxiesPerDelegate { get; set; } = 2;

    /// <summary>The first-call quorum: present or represented must be more than this share of the members.</summary>
    [Range(0.0, 1.0)]
    public double FirstCallQuorum { get; set; } = 0.5;

    /// <summary>How long a meeting lasts in the calendar invitation.</summary>
    [Range(typeof(TimeSpan), "00:15:00", "12:00:00")]
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The bot's public address, for signed links (invitations, attendance lists).</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978/";

    /// <summary>How long signed links stay valid.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "180.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(60);

    /// <summary>The organiser's e-mail in invitations; without it, invitations are published, not requested.</summary>
    [EmailAddress]
    public string? OrganizerEmail { get; set; }
}
