using System.ComponentModel.DataAnnotations;

namespace ClustER.Bot.Hosting;

/// <summary>The pinned clock for demos and acceptance runs (section <c>Clock</c>).</summary>
public sealed class ClockOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Clock";

    /// <summary>An ISO 8601 date-time; when set, every "now" in the bot is this instant.</summary>
    [RegularExpression(@"^\d{4}-\d{2}-\d{2}([T ].*)?$", ErrorMessage = "Clock:Now must be an ISO 8601 date-time, e.g. 2027-02-01T10:00:00+01:00.")]
    public string? Now { get; set; }
}
