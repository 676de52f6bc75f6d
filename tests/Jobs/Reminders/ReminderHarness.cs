using ClustER.Bot.Delivery;
using ClustER.Bot.Features.Newsletter;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Jobs.Reminders;
using ClustER.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClustER.Tests.Jobs.Reminders;

/// <summary>
/// The real sweep, store, composer, ledger and fan-out on a SQLite file, with a fake clock, a fake subject
/// source and a recording messenger: every reminder semantic can be driven minute by minute.
/// </summary>
internal sealed class ReminderHarness : IDisposable
{
    public ReminderHarness(DateTimeOffset start, ReminderOptions? options = null)
    {
        Time = new FakeTimeProvider(start);
        Options = options ?? new ReminderOptions();
        Messenger = new RecordingMessenger(Time);
    }

    public SqliteTestDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; }

    public ReminderOptions Options { get; }

    public FakeSubjectSource Source { get; } = new();

    /// <summary>Consent modes (reminders are opt-out unless a test says otherwise).</summary>
    public ConsentOptions Consent { get; } = new();

    public RecordingMessenger Messenger { get; }

    /// <summary>The subject source the sweep reads; <see cref="Source"/> unless a test uses a real one.</summary>
    public IReminderSubjectSource? SubjectSource { get; set; }

    public ReminderSweepJob CreateJob()
    {
        IOptions<ReminderOptions> options = Microsoft.Extensions.Options.Options.Create(Options);
        var consent = new ConsentRegistry(Database.Factory, Mock.Of<IOptionsMonitor<ConsentOptions>>(m => m.CurrentValue == Consent), Time);
        var store = new EfReminderStore(Database.Factory, [SubjectSource ?? Source], options, consent, Time);
        var composer = new ReminderComposer(Database.Factory, options, Time);
        var runner = new FanOutRunner(new EfDeliveryLedger(Database.Factory, Time), Messenger, NullLogger<FanOutRunner>.Instance) { Parallelism = 4 };
        return new ReminderSweepJob(store, composer, runner, options, Time, NullLogger<ReminderSweepJob>.Instance);
    }

    public Task SweepAsync() => CreateJob().RunAsync(CancellationToken.None);

    /// <summary>Sweeps at every <paramref name="step"/> until <paramref name="until"/> (inclusive).</summary>
    public async Task SweepUntilAsync(DateTimeOffset until, TimeSpan step)
    {
        while (Time.GetUtcNow() <= until)
        {
            await SweepAsync();
            Time.Advance(step);
        }
    }

    /// <summary>Moves the clock to <paramref name="at"/> and sweeps once.</summary>
    public Task SweepAtAsync(DateTimeOffset at)
    {
        Time.SetUtcNow(at);
        return SweepAsync();
    }

    public int AddPerson(string name, PersonRoles roles = PersonRoles.Member, string? timeZone = null, string? language = null, params int[] priorities)
    {
        using BotDbContext db = Database.CreateContext();
        var person = new Person { Name = name, Roles = roles, TimeZone = timeZone, PreferredLanguage = language };
        db.People.Add(person);
        db.SaveChanges();
        foreach (int p in priorities)
        {
            db.WorkingGroupMemberships.Add(new WorkingGroupMembership { PersonId = person.Id, Priority = p });
        }

        db.SaveChanges();
        return person.Id;
    }

    public void Subscribe(int personId, string itemKey)
    {
        using BotDbContext db = Database.CreateContext();
        db.ReminderSubscriptions.Add(new ReminderSubscription { PersonId = personId, ItemKey = itemKey, CreatedAt = Time.GetUtcNow() });
        db.SaveChanges();
    }

    public void Prefer(int personId, ReminderKind kind, bool muted = false, string? offsets = null)
    {
        using BotDbContext db = Database.CreateContext();
        db.ReminderPreferences.Add(new ReminderPreference { PersonId = personId, Kind = kind, IsMuted = muted, Offsets = offsets });
        db.SaveChanges();
    }

    public List<DeliveryRecord> Ledger(string kind = ReminderSweepJob.ReminderKindName)
    {
        using BotDbContext db = Database.CreateContext();
        return [.. db.Deliveries.Where(d => d.Kind == kind)];
    }

    /// <summary>A meeting followed by subscribers only, due at <paramref name="due"/>.</summary>
    public static ReminderSubjectInfo Meeting(string id, DateTimeOffset due, ReminderAudience audience = ReminderAudience.Subscribers, params int[] priorities) =>
        new($"test:start:{id}", $"event:{id}", ReminderKind.Meeting, $"Riunione {id}", $"Meeting {id}", due, "Bologna", audience, priorities);

    public void Dispose() => Database.Dispose();
}
