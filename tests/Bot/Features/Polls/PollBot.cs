using System.Globalization;
using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Polls;

/// <summary>
/// One real bot for the poll tests: the default test user is staff; each test takes its own working group,
/// whose members talk from their own conversations (<c>a:wg{priority}-{n}</c>).
/// </summary>
public sealed class PollBot : IAsyncLifetime
{
    private BotApiFactory? _bot;

    /// <summary>The running bot.</summary>
    public BotApiFactory Bot => _bot ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync() =>
        _bot = await BotApiFactory.StartAsync(o => o.Configure("Staff:AadObjectIds:0", TestActivities.UserAadObjectId)
            .Configure("DemoData:Enabled", "false"));

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>The conversation of member <paramref name="n"/> of working group <paramref name="priority"/>.</summary>
    public static string Conversation(int priority, int n) => $"a:wg{priority}-{n}";

    /// <summary>Makes <paramref name="count"/> people members of the group (the first <paramref name="coordinators"/> coordinate it).</summary>
    public async Task<List<int>> MeetMembersAsync(int priority, int count, int coordinators = 0, string? timeZoneOfFirst = null)
    {
        for (int n = 1; n <= count; n++)
        {
            await Bot.PostActivityAsync(Message(priority, n, "ciao"));
        }

        await using AsyncServiceScope scope = Bot.Services.CreateAsyncScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        var ids = new List<int>();
        for (int n = 1; n <= count; n++)
        {
            Person person = await db.People.SingleAsync(p => p.TeamsUserId == $"29:wg{priority}-{n}");
            db.WorkingGroupMemberships.Add(new WorkingGroupMembership { PersonId = person.Id, Priority = priority, IsCoordinator = n <= coordinators });
            if (n == 1 && timeZoneOfFirst is not null)
            {
                person.TimeZone = timeZoneOfFirst;
            }

            ids.Add(person.Id);
        }

        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>A message from member <paramref name="n"/>.</summary>
    public Activity Message(int priority, int n, string text, string locale = "it-IT") =>
        Bot.Activities.PersonalMessage(text, locale, conversationId: Conversation(priority, n), userId: $"29:wg{priority}-{n}", userName: $"Member {priority}-{n}");

    /// <summary>An Action.Execute press by member <paramref name="n"/> (n = 0: the staff user).</summary>
    public Activity Invoke(int priority, int n, string verb, JsonObject data)
    {
        Activity activity = n == 0 ? Bot.Activities.CardInvoke(verb, data) : Message(priority, n, string.Empty);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = InvokeNames.AdaptiveCardAction;
        activity.Text = null;
        activity.Value = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() }, ["trigger"] = "manual" };
        return activity;
    }

    /// <summary>An Action.Submit press by member <paramref name="n"/> (n = 0: the staff user) on the card message <paramref name="cardId"/>.</summary>
    public Activity Submit(int priority, int n, string verb, JsonObject data, string cardId = "poll-card-1")
    {
        Activity activity = n == 0 ? Bot.Activities.PersonalMessage(string.Empty) : Message(priority, n, string.Empty);
        JsonObject value = (JsonObject)data.DeepClone();
        value["verb"] = verb;
        activity.Text = null;
        activity.Value = value;
        activity.ReplyToId = cardId;
        return activity;
    }

    /// <summary>The form as staff would fill it: slots at the given days from now, 10:00 Rome.</summary>
    public static JsonObject Form(int priority, string title, int deadlineDays, params int[] slotDays)
    {
        var form = new JsonObject
        {
            ["priority"] = priority.ToString(CultureInfo.InvariantCulture),
            ["title"] = title,
            ["place"] = "Bologna, Tecnopolo",
            ["onlineLink"] = "https://teams.example/meet/wg",
            ["deadlineDate"] = Day(deadlineDays),
            ["deadlineTime"] = "18:00",
            ["visibility"] = "all",
        };
        for (int i = 0; i < slotDays.Length; i++)
        {
            form[$"slotDate{i + 1}"] = Day(slotDays[i]);
            form[$"slotTime{i + 1}"] = "10:00";
            form[$"slotDuration{i + 1}"] = "90";
        }

        return form;
    }

    /// <summary>The date <paramref name="days"/> from today, as the card's date input writes it.</summary>
    public static string Day(int days) => DateTime.UtcNow.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Staff create a poll for the group and the invitations reach every member; returns the poll.</summary>
    public async Task<MeetingPoll> CreatePollAsync(int priority, int members, JsonObject form)
    {
        await Bot.PostActivityAsync(Bot.Activities.PersonalMessage($"nuovo sondaggio riunione GdL {priority}"));
        await Bot.PostActivityAsync(Bot.Activities.CardSubmit("pollCreate", form));
        MeetingPoll poll = await QueryAsync(db => db.MeetingPolls.Include(p => p.Slots).Where(p => p.Priority == priority).OrderBy(p => p.Id).LastAsync());
        await WaitForCardsAsync(priority, members, "SONDAGGIO PER LA RIUNIONE");
        return poll;
    }

    /// <summary>Waits until <paramref name="count"/> members of the group received a card containing <paramref name="text"/>.</summary>
    public Task WaitForCardsAsync(int priority, int count, string text) =>
        Bot.Connector.WaitForRequestsAsync(r => r.ConversationId?.StartsWith($"a:wg{priority}-", StringComparison.Ordinal) == true
            && r.Activity?.Attachments?.FirstOrDefault()?.Content?.ToJsonString(Readable).Contains(text, StringComparison.Ordinal) == true, count, TimeSpan.FromSeconds(30));

    /// <summary>Cards sent to a conversation that contain <paramref name="containing"/>, as readable JSON.</summary>
    public List<string> Cards(string conversationId, string containing = "SONDAGGIO PER LA RIUNIONE") => [.. Bot.Connector.Activities
        .Where(a => a.Conversation?.Id == conversationId && a.Attachments is { Count: > 0 })
        .Select(a => a.Attachments![0].Content!.ToJsonString(Readable))
        .Where(c => c.Contains(containing, StringComparison.Ordinal))];

    /// <summary>The last text message sent to a conversation.</summary>
    public string LastText(string conversationId) =>
        Bot.Connector.Activities.LastOrDefault(a => a.Conversation?.Id == conversationId && a.Attachments is null)?.Text ?? string.Empty;

    /// <summary>Runs a query on a fresh scope's context.</summary>
    public async Task<T> QueryAsync<T>(Func<BotDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = Bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    /// <summary>Runs a job class the way Hangfire would, in its own scope.</summary>
    public async Task RunJobAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using AsyncServiceScope scope = Bot.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    /// <summary>Readable JSON (accents and quotes as they are).</summary>
    public static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
