using System.ComponentModel.DataAnnotations;

namespace ClustER.Jobs.Newsletter;

/// <summary>The monthly newsletter (section <c>Newsletter</c>): when drafts are built and what they contain.</summary>
public sealed class NewsletterOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Newsletter";

    /// <summary>
    /// When the schedule looks for work, in <see cref="TimeZone"/>. The default runs at 10:00 on weekdays and
    /// builds a draft only on the first working day of the month (Italian public holidays considered).
    /// </summary>
    [Required]
    public string Cron { get; set; } = "0 10 * * 1-5";

    /// <summary>The IANA time zone of the schedule.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Rome";

    /// <summary>How long "Postpone" puts a draft aside before the preview is sent again.</summary>
    [Range(1, 60)]
    public int PostponeDays { get; set; } = 7;

    /// <summary>The events of the next days included.</summary>
    [Range(1, 365)]
    public int EventDays { get; set; } = 45;

    /// <summary>The calls whose deadline falls within the next days included.</summary>
    [Range(1, 365)]
    public int CallDays { get; set; } = 60;
}
