using ClustER.Bot.Features.Reminders;

namespace ClustER.Tests.Jobs.Reminders;

/// <summary>A subject source whose items tests add, move, cancel and delete.</summary>
internal sealed class FakeSubjectSource : IReminderSubjectSource
{
    private readonly Dictionary<string, ReminderSubjectInfo> _items = new(StringComparer.Ordinal);

    public string Name => "test";

    public void Set(ReminderSubjectInfo item)
    {
        lock (_items)
        {
            _items[item.Key] = item;
        }
    }

    public void Remove(string key)
    {
        lock (_items)
        {
            _items.Remove(key);
        }
    }

    public ReminderSubjectInfo Get(string key)
    {
        lock (_items)
        {
            return _items[key];
        }
    }

    public Task<IReadOnlyList<ReminderSubjectInfo>> ListAsync(DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult<IReadOnlyList<ReminderSubjectInfo>>([.. _items.Values.Where(i => i.DueAt > dueAfter)]);
        }
    }

    public Task<IReadOnlyList<ReminderSubjectInfo>> FindAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult<IReadOnlyList<ReminderSubjectInfo>>([.. keys.Where(_items.ContainsKey).Select(k => _items[k])]);
        }
    }

    public Task<IReadOnlyList<ReminderSubjectInfo>> SearchAsync(string text, DateTimeOffset dueAfter, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult<IReadOnlyList<ReminderSubjectInfo>>([.. _items.Values
                .Where(i => i.DueAt > dueAfter && i.TitleIt.Contains(text, StringComparison.OrdinalIgnoreCase))]);
        }
    }
}
