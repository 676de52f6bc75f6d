using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Hands out the configured provider's context as a <see cref="BotDbContext"/>.</summary>
internal sealed class BotDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<BotDbContext>
    where TContext : BotDbContext
{
    public BotDbContext CreateDbContext() => inner.CreateDbContext();
}
