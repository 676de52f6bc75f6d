using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Reminders;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Jobs.Reminders;

/// <summary>
/// Calls and events come to the reminder sweep from the stored knowledge: an import that moves or removes an
/// item moves or cancels its reminders, and "Remind me" on an answer card is what members follow.
/// </summary>
public sealed class KnowledgeReminderTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2027, 2, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2027, 3, 1, 11, 0, 0, TimeSpan.Zero); // 12:00 in Rome
    private readonly ReminderHarness _h = new(Start);

    public KnowledgeReminderTests() => _h.SubjectSource = new KnowledgeSubjectSource(_h.Database.Factory);

    [Fact]
    public async Task CallDeadline_ImportMovesItThenRemovesIt_RemindersFollowTheStoredKnowledge()
    {
        int anna = _h.AddPerson("Anna");
        _h.Subscribe(anna, "call:hz-1");
        Store(new KnowledgeCall { Id = "hz-1", Title = "Horizon Salute", Programme = "Horizon Europe", Deadline = Deadline });
        await _h.SweepAsync();
        await _h.SweepAtAsync(Deadline.AddDays(-14));

        // An import moves the deadline a week later: the old 3-day reminder is not sent, the new ones are.
        _h.Time.SetUtcNow(Deadline.AddDays(-10));
        Update<KnowledgeCall>("hz-1", c => c.Deadline = Deadline.AddDays(7));
        await _h.SweepAsync();
        await _h.SweepAtAsync(Deadline.AddDays(-3));
        await _h.SweepAtAsync(Deadline.AddDays(4));

        // The next import no longer has the call: it is archived, its last reminder never goes out.
        _h.Time.SetUtcNow(Deadline.AddDays(5));
        Update<KnowledgeCall>("hz-1", c => c.IsArchived = true);
        await _h.SweepAsync();
        await _h.SweepAtAsync(Deadline.AddDays(6));

        IReadOnlyList<SentMessage> sent = _h.Messenger.To(anna);
        Assert.Equal([Deadline.AddDays(-14), Deadline.AddDays(-10), Deadline.AddDays(4), Deadline.AddDays(5)], sent.Select(s => s.At));
        Assert.Contains("Horizon Salute", sent[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("Cambio di data", sent[1].Text, StringComparison.Ordinal);
        Assert.StartsWith("Annullato", sent[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Event_FollowersGetItsStartAndRegistrationDeadline_WorkingGroupMeetingsTheirGroup_AssembliesNotTwice()
    {
        int follower = _h.AddPerson("Follower");
        int wg5 = _h.AddPerson("Gruppo 5", priorities: 5);
        int representative = _h.AddPerson("Rappresentante", PersonRoles.Representative);
        _h.Subscribe(follower, "event:fair");
        Store(new KnowledgeEvent { Id = "fair", Title = "Exposanità", Kind = "fair", Start = Deadline, RegistrationDeadline = Deadline.AddDays(-10) });
        Store(new KnowledgeEvent { Id = "wg5", Title = "WG5 riunione", Kind = "wg-meeting", Start = Deadline, Priorities = [5] });
        Store(new KnowledgeEvent { Id = "ga", Title = "Assemblea generale", Kind = "general-assembly", Start = Deadline });
        // A sweep at noon in Rome every day and an hour before the start: each fire time is met on the minute.
        foreach (DateTimeOffset at in Enumerable.Range(0, 29).Select(d => Deadline.AddDays(d - 28)).Append(Deadline.AddHours(-1)).Order())
        {
            await _h.SweepAtAsync(at);
        }

        // The fair: 3 days before registration closes, then 7 and 1 days before it starts.
        Assert.Equal([Deadline.AddDays(-13), Deadline.AddDays(-7), Deadline.AddDays(-1)], _h.Messenger.To(follower).Select(s => s.At));
        Assert.Equal([Deadline.AddDays(-7), Deadline.AddDays(-1), Deadline.AddHours(-1)], _h.Messenger.To(wg5).Select(s => s.At));
        // A general assembly's participants are reminded by the meeting convened through the bot, not by its listing.
        Assert.Empty(_h.Messenger.To(representative));
    }

    [Fact]
    public async Task RemindMeButton_OnAnAnswerCard_IsFollowedByTheReminderSweep()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();
        string callId = "he-cl1-2027-ai-imaging";

        await bot.PostActivityAsync(bot.Activities.CardSubmit("qa.remind", new JsonObject { ["kind"] = "call", ["itemId"] = callId }));

        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        Assert.True(await db.ReminderSubscriptions.AnyAsync(s => s.ItemKey == $"call:{callId}"));
        Assert.Contains(await new KnowledgeSubjectSource(scope.ServiceProvider.GetRequiredService<IDbContextFactory<BotDbContext>>())
            .FindAsync([$"knowledge:call-deadline:{callId}"], CancellationToken.None), s => s.ItemKey == $"call:{callId}" && s.Kind == ReminderKind.CallDeadline);
    }

    private void Store(object item)
    {
        using BotDbContext db = _h.Database.CreateContext();
        db.Add(item);
        db.SaveChanges();
    }

    private void Update<T>(string id, Action<T> change) where T : KnowledgeEntity
    {
        using BotDbContext db = _h.Database.CreateContext();
        T item = db.Set<T>().Single(i => i.Id == id);
        change(item);
        db.SaveChanges();
    }

    public void Dispose() => _h.Dispose();
}
