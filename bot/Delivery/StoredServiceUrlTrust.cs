using ClustER.Bot.Connector;
using ClustER.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Delivery;

/// <summary>
/// At start, trusts the serviceUrls of stored conversations: they were captured from authenticated
/// activities before a restart, and proactive messages after the restart must still reach them.
/// </summary>
/// <remarks>Registered after storage, so it runs once the database is migrated.</remarks>
internal sealed class StoredServiceUrlTrust(IDbContextFactory<BotDbContext> contexts, ServiceUrlRegistry registry) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using BotDbContext db = await contexts.CreateDbContextAsync(cancellationToken);
        List<string> urls = await db.Conversations.Select(c => c.ServiceUrl).Distinct().ToListAsync(cancellationToken);
        foreach (string url in urls)
        {
            registry.Trust(url);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
