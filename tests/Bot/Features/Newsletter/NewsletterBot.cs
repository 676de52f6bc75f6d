using System.Text.Json.Nodes;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Newsletter;

/// <summary>Helpers for newsletter tests through /api/messages: members talking, reading what each conversation received.</summary>
internal static class NewsletterBot
{
    /// <summary>The heading every issue (and preview) carries, in Italian.</summary>
    public const string IssueMark = "Newsletter di Clust-ER Health";

    /// <summary>The preview's banner.</summary>
    public const string PreviewMark = "ANTEPRIMA PER LO STAFF";

    /// <summary>A bot where the default test user is staff, with no demo data.</summary>
    public static Task<BotApiFactory> StartAsync(params (string Key, string Value)[] settings) =>
        BotApiFactory.StartAsync(o =>
        {
            o.Configure("Staff:AadObjectIds:0", TestActivities.UserAadObjectId).Configure("DemoData:Enabled", "false");
            foreach ((string key, string value) in settings)
            {
                o.Configure(key, value);
            }
        });

    /// <summary>The conversation id of member <paramref name="i"/>.</summary>
    public static string Member(int i) => $"a:member-{i}";

    /// <summary>A message from member <paramref name="i"/> (not staff).</summary>
    public static Activity FromMember(BotApiFactory bot, int i, string text, string locale = "it-IT") =>
        bot.Activities.PersonalMessage(text, locale, conversationId: Member(i), userId: $"29:member-{i}", userName: $"Member {i}");

    /// <summary>A button press by member <paramref name="i"/>.</summary>
    public static Activity SubmitFromMember(BotApiFactory bot, int i, string verb)
    {
        Activity activity = FromMember(bot, i, string.Empty);
        activity.Text = null;
        activity.Value = new JsonObject { ["verb"] = verb };
        activity.ReplyToId = $"newsletter-{i}";
        return activity;
    }

    /// <summary>The newsletter issues (not previews) sent to a conversation: proactive sends whose card is an issue.</summary>
    public static List<ConnectorRequest> IssuesTo(BotApiFactory bot, string conversationId) =>
        [.. bot.Connector.Requests.Where(r => r.Kind == ConnectorOperation.SendToConversation && r.Succeeded && r.ConversationId == conversationId
            && Card(r) is { } card && card.Contains(IssueMark, StringComparison.Ordinal) && !card.Contains(PreviewMark, StringComparison.Ordinal))];

    /// <summary>The cards sent (not updated) to a conversation that contain <paramref name="mark"/>.</summary>
    public static List<ConnectorRequest> CardsTo(BotApiFactory bot, string conversationId, string mark) =>
        [.. bot.Connector.Requests.Where(r => r.Kind == ConnectorOperation.SendToConversation && r.Succeeded && r.ConversationId == conversationId
            && Card(r)?.Contains(mark, StringComparison.Ordinal) == true)];

    /// <summary>The card of a request as JSON text with readable accents, or null.</summary>
    public static string? Card(ConnectorRequest request) =>
        request.Activity?.Attachments?.FirstOrDefault()?.Content?.ToJsonString(Readable);

    /// <summary>The texts the bot wrote to a conversation.</summary>
    public static string Texts(BotApiFactory bot, string conversationId) =>
        string.Join('\n', bot.Connector.Activities.Where(a => a.Conversation?.Id == conversationId).Select(a => a.Text));

    /// <summary>The data of the preview's button with <paramref name="verb"/> (issue id and revision).</summary>
    public static JsonObject ButtonData(ConnectorRequest preview, string verb)
    {
        JsonArray actions = preview.Activity!.Attachments![0].Content!["actions"]!.AsArray();
        JsonObject data = actions.Select(a => a!["data"]!.AsObject()).Single(d => d["verb"]!.GetValue<string>() == verb);
        return (JsonObject)data.DeepClone();
    }

    /// <summary>Reads the database.</summary>
    public static async Task<T> QueryAsync<T>(BotApiFactory bot, Func<BotDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
