using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Storage;

/// <summary>Registers the application database on the configured provider.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>EF Core on SQLite (default) or SQL Server, chosen by <c>Storage:Provider</c>.</summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        StorageOptions storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        string connectionString = StorageConnection.For(storage, configuration);
        // A factory, because fan-outs send in parallel and a DbContext serves one operation at a time;
        // it also registers BotDbContext as scoped for handlers.
        services.AddDbContextFactory<BotDbContext>(options =>
        {
            if (storage.Provider == StorageProviders.SqlServer)
            {
                options.UseSqlServer(connectionString);
            }
            else
            {
                options.UseSqlite(connectionString);
            }
        });
        return services;
    }
}
