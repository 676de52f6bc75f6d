using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Features.Privacy;

/// <summary>
/// A bot whose default test user is staff, and a member ("Zoë") with a non-ascii name in another 1:1 chat:
/// helpers to talk as her, press her card buttons, follow export links and inspect every table.
/// </summary>
internal static partial class PrivacyBot
{
    public const string MemberUserId = "29:zoe-nunez";
    public const string MemberName = "Zoë Ñúñez-Dell'Acqua 李";
    public const string MemberConversationId = "a:zoe-personal";
    public const string MemberEmail = "zoe.nunez@bioinnova.example";

    public static Task<BotApiFactory> StartAsync(Action<BotApiFactoryOptions>? configure = null) =>
        BotApiFactory.StartAsync(o =>
        {
            o.Configure("Staff:AadObjectIds:0", TestActivities.UserAadObjectId).Configure("DemoData:Enabled", "false");
            configure?.Invoke(o);
        });

    public static Activity MemberMessage(BotApiFactory bot, string text, string userId = MemberUserId, string conversationId = MemberConversationId, string name = MemberName) =>
        bot.Activities.PersonalMessage(text, conversationId: conversationId, userId: userId, userName: name);

    public static Activity MemberSubmit(BotApiFactory bot, string verb, JsonObject data)
    {
        Activity activity = MemberMessage(bot, string.Empty);
        activity.Text = null;
        data["verb"] = verb;
        activity.Value = data;
        activity.ReplyToId = "privacy-card-1";
        return activity;
    }

    public static IEnumerable<Activity> In(BotApiFactory bot, string conversationId) =>
        bot.Connector.Activities.Where(a => a.Conversation?.Id == conversationId);

    public static string LastText(BotApiFactory bot, string conversationId) =>
        In(bot, conversationId).Last(a => a.Attachments is null || a.Attachments.Count == 0).Text ?? string.Empty;

    public static JsonNode LastCard(BotApiFactory bot, string conversationId) =>
        In(bot, conversationId).Last(a => a.Attachments is { Count: > 0 }).Attachments![0].Content!;

    /// <summary>A card's JSON with non-ascii text as is (not escaped), to look for names in it.</summary>
    public static string Json(JsonNode? node) => node?.ToJsonString(Readable) ?? string.Empty;

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The path and query of the first link in <paramref name="text"/>, to fetch from the test server.</summary>
    public static string LinkIn(string text)
    {
        Match match = Link().Match(text);
        Assert.True(match.Success, $"No link in: {text}");
        var uri = new Uri(match.Groups[1].Value);
        return uri.PathAndQuery.TrimStart('/');
    }

    public static async Task<T> QueryAsync<T>(BotApiFactory bot, Func<BotDbContext, Task<T>> query)
    {
        await using AsyncServiceScope scope = bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BotDbContext>());
    }

    /// <summary>Every value of every row of every table of the bot's database, as text.</summary>
    public static Task<List<(string Table, string Value)>> EveryValueAsync(BotApiFactory bot) => QueryAsync(bot, async db =>
    {
        var values = new List<(string, string)>();
        System.Data.Common.DbConnection connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (System.Data.Common.DbCommand list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using System.Data.Common.DbDataReader reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (string table in tables)
        {
            await using System.Data.Common.DbCommand select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            await using System.Data.Common.DbDataReader rows = await select.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                for (int i = 0; i < rows.FieldCount; i++)
                {
                    if (!rows.IsDBNull(i))
                    {
                        values.Add((table, Convert.ToString(rows.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty));
                    }
                }
            }
        }

        return values;
    });

    [GeneratedRegex(@"\((https?://[^)\s]+)\)")]
    private static partial Regex Link();
}
