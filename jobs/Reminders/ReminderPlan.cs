namespace ClustER.Jobs.Reminders;

/// <summary>
/// What one sweep does for one subject: for each occurrence (offset), who is due now and who was missed
/// by more than the grace window. Pure: the same inputs give the same plan, whenever it runs.
/// </summary>
public static class ReminderPlan
{
    /// <summary>Plans the subject's reminders at <paramref name="now"/>.</summary>
    public static IReadOnlyList<PlannedOccurrence> For(ReminderSubjectView subject, IEnumerable<ReminderRecipient> recipients,
        DateTimeOffset now, ReminderOptions options)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(recipients);
        ArgumentNullException.ThrowIfNull(options);
        var due = new Dictionary<TimeSpan, List<int>>();
        var dropped = new Dictionary<TimeSpan, List<int>>();
        var zones = new Dictionary<string, TimeZoneInfo>(StringComparer.Ordinal);
        if (now >= subject.DueAt)
        {
            return []; // a reminder after the fact would mislead
        }

        foreach (ReminderRecipient recipient in recipients)
        {
            TimeZoneInfo zone = Zone(recipient.TimeZoneId, options, zones);
            DateTimeOffset from = recipient.Since is { } since && since > subject.ScheduleFrom ? since : subject.ScheduleFrom;
            foreach (TimeSpan offset in recipient.Offsets)
            {
                DateTimeOffset fire = ReminderClock.FireTime(subject.DueAt, offset, zone, options.QuietHoursStart, options.QuietHoursEnd);
                if (fire <= from || fire > now)
                {
                    continue; // before the member followed it (or it moved), or not yet
                }

                Dictionary<TimeSpan, List<int>> bucket = now - fire <= options.GraceFor(offset) ? due : dropped;
                if (!bucket.TryGetValue(offset, out List<int>? ids))
                {
                    bucket[offset] = ids = [];
                }

                ids.Add(recipient.PersonId);
            }
        }

        return [.. due.Keys.Union(dropped.Keys).OrderBy(o => o).Select(offset => new PlannedOccurrence(
            new ReminderOccurrence(offset, subject.DueAt),
            due.TryGetValue(offset, out List<int>? d) ? d : [],
            dropped.TryGetValue(offset, out List<int>? x) ? x : []))];
    }

    private static TimeZoneInfo Zone(string id, ReminderOptions options, Dictionary<string, TimeZoneInfo> cache)
    {
        if (!cache.TryGetValue(id, out TimeZoneInfo? zone))
        {
            cache[id] = zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out TimeZoneInfo? found) ? found
                : TimeZoneInfo.FindSystemTimeZoneById(options.DefaultTimeZone);
        }

        return zone;
    }
}

/// <summary>One occurrence of a subject's reminders in a sweep.</summary>
/// <param name="Occurrence">The offset and due instant.</param>
/// <param name="Due">Members to send it to now (on time, or late within the grace window).</param>
/// <param name="Dropped">Members who were missed by more than the grace window.</param>
public sealed record PlannedOccurrence(ReminderOccurrence Occurrence, IReadOnlyList<int> Due, IReadOnlyList<int> Dropped);
