using ClustER.Bot.Storage.Seeding;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Registers the application database on the configured provider.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// EF Core on SQLite (default) or SQL Server, chosen by <c>Storage:Provider</c>, migrated at start.
    /// A bad provider or a missing SQL Server connection string fails here, naming the key.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.SectionName);
        StorageOptions storage = ReadStorageOptions(configuration);
        string connectionString = StorageConnection.For(storage, configuration);
        if (storage.IsSqlServer)
        {
            // No EnableRetryOnFailure: its execution strategy rejects the explicit transactions that
            // imports and the demo loader use. Transient faults surface as errors; jobs retry them.
            services.AddBotDbContext<SqlServerBotDbContext>(options => options.UseSqlServer(connectionString));
        }
        else
        {
            services.AddBotDbContext<SqliteBotDbContext>(options =>
                options.UseSqlite(connectionString).AddInterceptors(SqliteConnectionPragmas.Instance));
        }

        services.AddScoped<DemoDataLoader>();
        services.AddScoped<DatabaseInitializer>();
        services.AddHostedService<DatabaseStartup>();
        return services;
    }

    /// <summary>
    /// Registers the provider's context as <see cref="BotDbContext"/> (scoped, for handlers) and a factory of
    /// it (for fan-outs, which send in parallel while a context serves one operation at a time).
    /// </summary>
    private static void AddBotDbContext<TContext>(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
        where TContext : BotDbContext
    {
        // Pooled: a turn creates several short-lived contexts (member lookup, the handler's, each reader call),
        // and building a context's services is much of what a small query costs. A context goes back to the pool,
        // reset, when it is disposed (the scoped one at the end of the turn).
        services.AddPooledDbContextFactory<TContext>(configure);
        services.AddScoped<TContext>(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        services.AddScoped<BotDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddSingleton<IDbContextFactory<BotDbContext>, BotDbContextFactory<TContext>>();
    }

    /// <summary>The <c>Storage</c> section, checked now because the provider decides what is registered.</summary>
    /// <exception cref="InvalidOperationException"><c>Storage:Provider</c> names no supported provider.</exception>
    public static StorageOptions ReadStorageOptions(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        StorageOptions storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        bool known = string.Equals(storage.Provider, StorageProviders.Sqlite, StringComparison.OrdinalIgnoreCase) || storage.IsSqlServer;
        if (!known)
        {
            throw new InvalidOperationException(
                $"Configuration key 'Storage:Provider' must be '{StorageProviders.Sqlite}' or '{StorageProviders.SqlServer}', not '{storage.Provider}'.");
        }

        if (string.IsNullOrWhiteSpace(storage.DataDirectory))
        {
            throw new InvalidOperationException("Configuration key 'Storage:DataDirectory' must name a folder.");
        }

        return storage;
    }
}
