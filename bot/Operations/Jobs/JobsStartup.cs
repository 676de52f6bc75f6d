using ClustER.Jobs.Scheduling;
using Hangfire;

namespace ClustER.Bot.Operations.Jobs;

/// <summary>
/// At start, after the database is migrated: registers every recurring job again and lets each feature
/// re-create its unfinished work from the database (see <see cref="IJobRecovery"/>).
/// </summary>
internal sealed class JobsStartup(IServiceScopeFactory scopes, JobStorageInfo storage, ILogger<JobsStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using AsyncServiceScope scope = scopes.CreateAsyncScope();
        IServiceProvider services = scope.ServiceProvider;
        IRecurringJobManager recurring = services.GetRequiredService<IRecurringJobManager>();
        foreach (IRecurringJobRegistration registration in services.GetServices<IRecurringJobRegistration>())
        {
            registration.Register(recurring);
        }

        IBackgroundJobClient client = services.GetRequiredService<IBackgroundJobClient>();
        foreach (IJobRecovery recovery in services.GetServices<IJobRecovery>())
        {
            try
            {
                await recovery.RecoverAsync(client, storage.IsPersistent, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One feature's failed recovery must not keep the others, or the bot, from starting.
                Log.JobRecoveryFailed(logger, ex, recovery.GetType().Name);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
