using System.ComponentModel.DataAnnotations;

namespace ClustER.Jobs.Reminders;

/// <summary>
/// When reminders go out (section <c>Reminders</c>): default offsets per kind, quiet hours, and how late a
/// reminder may still be sent after downtime. Offsets use the syntax of <see cref="ReminderOffsets"/>.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Reminders";

    /// <summary>Before a call's submission deadline.</summary>
    public string CallDeadlineOffsets { get; set; } = "14d 3d 1d";

    /// <summary>Before an event starts.</summary>
    public string EventOffsets { get; set; } = "7d 1d";

    /// <summary>Before a meeting (general assembly, board, working group) starts.</summary>
    public string MeetingOffsets { get; set; } = "7d 1d 1h";

    /// <summary>Before an event's registration closes.</summary>
    public string RegistrationDeadlineOffsets { get; set; } = "3d";

    /// <summary>Quiet hours start (local time of the member): day-scale reminders wait until they end.</summary>
    public TimeOnly QuietHoursStart { get; set; } = new(21, 0);

    /// <summary>Quiet hours end (local time of the member). Equal to the start: no quiet hours.</summary>
    public TimeOnly QuietHoursEnd { get; set; } = new(8, 0);

    /// <summary>How late an hour-scale reminder may still go out after downtime; older ones are dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan HourScaleGrace { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How late a day-scale reminder may still go out after downtime; older ones are dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3.00:00:00")]
    public TimeSpan DayScaleGrace { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The time zone of members whose own is unknown.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "Europe/Rome";

    /// <summary>The sweep's cron expression (every minute by default), in <see cref="DefaultTimeZone"/>.</summary>
    [Required]
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>The default offsets of <paramref name="kind"/>.</summary>
    public IReadOnlyList<TimeSpan> DefaultOffsets(ReminderKind kind) => ReminderOffsets.Parse(kind switch
    {
        ReminderKind.CallDeadline => CallDeadlineOffsets,
        ReminderKind.Event => EventOffsets,
        ReminderKind.Meeting => MeetingOffsets,
        _ => RegistrationDeadlineOffsets,
    });

    /// <summary>How late a reminder with <paramref name="offset"/> may still be sent.</summary>
    public TimeSpan GraceFor(TimeSpan offset) => ReminderOffsets.IsDayScale(offset) ? DayScaleGrace : HourScaleGrace;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach ((string name, string value) in new[]
        {
            (nameof(CallDeadlineOffsets), CallDeadlineOffsets), (nameof(EventOffsets), EventOffsets),
            (nameof(MeetingOffsets), MeetingOffsets), (nameof(RegistrationDeadlineOffsets), RegistrationDeadlineOffsets),
        })
        {
            if (!ReminderOffsets.TryParse(value, out _))
            {
                yield return new ValidationResult(
                    $"Configuration key '{SectionName}:{name}' must list offsets between 5m and 60d, such as '14d 3d 1d' or '1h' (was '{value}').", [name]);
            }
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _))
        {
            yield return new ValidationResult($"Configuration key '{SectionName}:{nameof(DefaultTimeZone)}' is not a known time zone: '{DefaultTimeZone}'.", [nameof(DefaultTimeZone)]);
        }
    }
}
