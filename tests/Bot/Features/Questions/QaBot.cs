using ClustER.Bot.Protocol;
using ClustER.Bot.Storage;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>Starts the real bot with a knowledge folder and a pinned clock, and asks it questions as a member.</summary>
internal static class QaBot
{
    /// <summary>A bot on its own temp database, importing <paramref name="knowledge"/> at start, with "now" pinned.</summary>
    public static Task<BotApiFactory> StartAsync(string knowledge, DateTimeOffset? now, Action<BotApiFactoryOptions>? configure = null) =>
        BotApiFactory.StartAsync(o =>
        {
            o.Configure("Knowledge:Path", knowledge)
                .Configure("Clock:Now", now?.ToString("O") ?? string.Empty)
                .Configure("Knowledge:RevisionPoll", "00:00:01")
                .Configure("Knowledge:WatchDebounce", "00:00:00.200")
                .Configure("Logging:LogLevel:ClustER", "Information")
                // The schema must exist before the knowledge is imported at start: the first hosted service creates it.
                .ConfigureServices(s => s.Insert(0, ServiceDescriptor.Singleton<IHostedService, SchemaCreator>()));
            configure?.Invoke(o);
        });

    /// <summary>Posts <paramref name="text"/> as a member's message (no client locale) and returns the bot's replies to it.</summary>
    public static async Task<List<Activity>> AskAsync(BotApiFactory bot, string text, string userId = TestActivities.UserId,
        string conversationId = TestActivities.PersonalConversationId, string userName = TestActivities.UserName)
    {
        Activity message = bot.Activities.PersonalMessage(text, locale: null, userId: userId, conversationId: conversationId, userName: userName);
        return await PostAsync(bot, message);
    }

    /// <summary>Posts an activity and returns the bot's replies to it.</summary>
    public static async Task<List<Activity>> PostAsync(BotApiFactory bot, Activity inbound)
    {
        using HttpResponseMessage response = await bot.PostActivityAsync(inbound);
        response.EnsureSuccessStatusCode();
        return [.. bot.Connector.Requests
            .Where(r => r.Kind == ConnectorOperation.ReplyToActivity && r.ActivityId == inbound.Id && r.Activity is not null)
            .Select(r => r.Activity!)];
    }

    private sealed class SchemaCreator(IServiceScopeFactory scopes) : IHostedService
    {
        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await using AsyncServiceScope scope = scopes.CreateAsyncScope();
            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            // When the bot has migrations it applies them itself; until then the model's schema is created here.
            if (!db.Database.GetMigrations().Any())
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
