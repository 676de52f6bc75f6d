using ClustER.Bot.Operations.Telemetry;
using ClustER.Bot.Storage;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.SqlServer;

namespace ClustER.Bot.Operations.Jobs;

/// <summary>
/// Hangfire in the bot host. The storage follows <c>Storage:Provider</c>: SQL Server's own tables with
/// SqlServer, and with the embedded SQLite default an in-memory storage.
/// </summary>
/// <remarks>
/// Why not Hangfire.Storage.SQLite 0.4.3 for the embedded default (measured, see docs/operations.md):
/// its invisibility timeout is not sliding, so a job running longer than it (30 minutes by default) is
/// started a second time while the first still runs (5 of 5 jobs in the measurement), and raising the
/// timeout strands the jobs of a crashed process instead; it also ran about 40 times slower than the
/// in-memory storage. The application database is the truth: recurring jobs are registered again at each
/// start (<see cref="ClustER.Jobs.Scheduling.IRecurringJobRegistration"/>) and one-off work is re-created
/// from the database (<see cref="ClustER.Jobs.Scheduling.IJobRecovery"/>), so losing Hangfire's queue on a
/// restart loses nothing, and a single process never runs one job twice at once.
/// </remarks>
internal static class JobsServiceCollectionExtensions
{
    private static int _telemetryFilterAdded;

    public static IServiceCollection AddBotJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        StorageOptions storage = StorageServiceCollectionExtensions.ReadStorageOptions(configuration);
        JobsOptions jobs = configuration.GetSection(JobsOptions.SectionName).Get<JobsOptions>() ?? new JobsOptions();
        JobStorageInfo info = storage.IsSqlServer ? new JobStorageInfo("SqlServer", IsPersistent: true) : new JobStorageInfo("InMemory", IsPersistent: false);
        services.AddSingleton(info);

        if (jobs.WorkerCount is < 1 or > 100)
        {
            throw new InvalidOperationException($"Configuration key 'Jobs:WorkerCount' must be between 1 and 100, not {jobs.WorkerCount}.");
        }

        // Hangfire keeps its storage, activator and log provider in statics; two hosts in one process (tests,
        // tools) would share them and use each other's disposed services. These belong to this host.
        string? sqlServer = storage.IsSqlServer ? StorageConnection.For(storage, configuration) : null;
        services.AddSingleton<JobStorage>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>();
            return sqlServer is not null
                ? new SqlServerStorage(sqlServer, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true })
                : new InMemoryStorage(new InMemoryStorageOptions());
        });
        services.AddSingleton<JobActivator>(provider =>
        {
            provider.GetRequiredService<IGlobalConfiguration>();
            return new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>());
        });
        services.AddHangfire((provider, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings()
                .UseLogProvider(new HangfireLogProvider(provider.GetRequiredService<ILoggerFactory>()));

            // Hangfire's filters are process-wide: add the telemetry filter once, however many hosts.
            if (Interlocked.Exchange(ref _telemetryFilterAdded, 1) == 0)
            {
                config.UseFilter(new JobTelemetryFilter());
            }
        });

        if (jobs.ServerEnabled)
        {
            services.AddHangfireServer(server =>
            {
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
                if (jobs.WorkerCount is { } workers)
                {
                    server.WorkerCount = workers;
                }
            });
        }

        services.AddHostedService<JobsStartup>();
        return services;
    }
}
