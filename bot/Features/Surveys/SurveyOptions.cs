using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Features.Surveys;

/// <summary>Where survey definitions are, how long answers are kept, and the signed links (section <c>Surveys</c>).</summary>
public sealed class SurveyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Surveys";

    /// <summary>The folder of survey definitions (<c>*.json</c>); relative paths are under the content root. Empty = <c>DemoData/surveys</c>.</summary>
    public string? Path { get; set; }

    /// <summary>Months after the close when the personal answers of a named survey are deleted.</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 12;

    /// <summary>When the retention sweep runs (cron, in <see cref="TimeZone"/>).</summary>
    [Required]
    public string RetentionCron { get; set; } = "30 3 * * *";

    /// <summary>Reminder points when staff name none: days before the close.</summary>
    public string DefaultReminderDays { get; set; } = "2";

    /// <summary>The association's time zone: a close date is the end of that day there.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Rome";

    /// <summary>The bot's public address, for the signed chart and CSV links.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:3978/";

    /// <summary>How long the chart and CSV links stay valid.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromDays(2);
}
