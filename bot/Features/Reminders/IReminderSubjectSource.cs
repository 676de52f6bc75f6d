namespace ClustER.Bot.Features.Reminders;

/// <summary>
/// Where reminder subjects come from (knowledge calls and events, convened meetings). The sweep asks
/// each source for the current truth and compares it with what it tracked: sources need not tell anyone
/// when an item moves or disappears.
/// </summary>
public interface IReminderSubjectSource
{
    /// <summary>The first part of the keys this source owns, e.g. <c>meeting</c>.</summary>
    string Name { get; }

    /// <summary>The source's subjects due after <paramref name="dueAfter"/>, cancelled ones included.</summary>
    Task<IReadOnlyList<ReminderSubjectInfo>> ListAsync(DateTimeOffset dueAfter, CancellationToken cancellationToken);

    /// <summary>
    /// The subjects with these keys, wherever their due instant now lies; a key the source no longer knows
    /// is left out (the item was deleted: its reminders are cancelled).
    /// </summary>
    Task<IReadOnlyList<ReminderSubjectInfo>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>Items whose title matches <paramref name="text"/>, for "remind me about ...".</summary>
    Task<IReadOnlyList<ReminderSubjectInfo>> SearchAsync(string text, DateTimeOffset dueAfter, CancellationToken cancellationToken);
}
