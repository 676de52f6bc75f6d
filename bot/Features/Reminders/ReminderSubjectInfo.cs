using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;

namespace ClustER.Bot.Features.Reminders;

/// <summary>A reminder subject as its source sees it now.</summary>
/// <param name="Key"><c>{source}:{role}:{id}</c>; stable across changes of date.</param>
/// <param name="ItemKey">What members follow and cancel (<c>event:ev-12</c>).</param>
/// <param name="Kind">Which defaults and mutes apply.</param>
/// <param name="TitleIt">The title in Italian.</param>
/// <param name="TitleEn">The title in English (the Italian one when there is no translation).</param>
/// <param name="DueAt">The deadline or start.</param>
/// <param name="Location">Venue or link, shown in the reminder.</param>
/// <param name="Audience">Who gets the reminders besides subscribers.</param>
/// <param name="Priorities">Working-group priorities, for <see cref="ReminderAudience.WorkingGroups"/>.</param>
/// <param name="IsCancelled">True once cancelled.</param>
/// <param name="NotifiesChangesItself">True when the source tells members about moves and cancellations itself.</param>
public sealed record ReminderSubjectInfo(
    string Key,
    string ItemKey,
    ReminderKind Kind,
    string TitleIt,
    string TitleEn,
    DateTimeOffset DueAt,
    string? Location = null,
    ReminderAudience Audience = ReminderAudience.Subscribers,
    IReadOnlyList<int>? Priorities = null,
    bool IsCancelled = false,
    bool NotifiesChangesItself = false)
{
    /// <summary>The source name, the key's first part.</summary>
    public string Source => Key.Split(':', 2)[0];

    /// <summary>The title in <paramref name="language"/>.</summary>
    public string Title(string language) => language == "en" ? TitleEn : TitleIt;
}
