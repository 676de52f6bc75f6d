using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.EndToEnd;

/// <summary>
/// Stopgap until the bot creates its database at start (issue 2, storage): a bot without EF migrations gets
/// its schema created before it starts, so it can start on a fresh data directory. As soon as the bot has
/// migrations this does nothing and the bot's own start-up is what the tests exercise. Remove it then.
/// </summary>
internal static class FreshDatabase
{
    /// <summary>Creates the schema when the bot has no migrations of its own.</summary>
    public static void EnsureSchema(IServiceProvider services)
    {
        using IServiceScope scope = services.CreateScope();
        BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
        if (!db.Database.GetMigrations().Any())
        {
            db.Database.EnsureCreated();
        }
    }
}
