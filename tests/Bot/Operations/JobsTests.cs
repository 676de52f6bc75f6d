using System.Collections.Concurrent;
using ClustER.Bot.Operations.Jobs;
using ClustER.Bot.Operations.Telemetry;
using ClustER.Jobs.Scheduling;
using Hangfire;
using Hangfire.Common;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ClustER.Tests.Bot.Operations;

public sealed class JobsTests
{
    [Fact]
    public async Task InMemoryStorage_2000JobsWithTheDefaultWorkers_RunsEachExactlyOnce()
    {
        // The measurement behind the choice of the embedded default (docs/operations.md), kept as a guard.
        const int Jobs = 2000;
        using var storage = new InMemoryStorage(new InMemoryStorageOptions());
        var client = new BackgroundJobClient(storage);
        string run = Guid.NewGuid().ToString("N");
        for (int i = 0; i < Jobs; i++)
        {
            client.Enqueue<CountingJob>(j => j.Run(run, i));
        }

        // Hangfire's defaults are process-wide statics that the test hosts replace: give this server its own.
        var options = new BackgroundJobServerOptions { ServerName = run, Activator = new JobActivator(), FilterProvider = new JobFilterCollection() };
        using (var server = new BackgroundJobServer(options, storage))
        {
            DateTime deadline = DateTime.UtcNow.AddSeconds(60);
            while (CountingJob.Distinct(run) < Jobs && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }

            await Task.Delay(500);
        }

        Assert.Equal(Jobs, CountingJob.Distinct(run));
        Assert.Equal(Jobs, CountingJob.Executions(run));
    }

    [Fact]
    public async Task JobsStartup_RegistersRecurringJobsAndRecoversEvenWhenOneRecoveryFails()
    {
        var recurring = new Mock<IRecurringJobManager>();
        var client = new Mock<IBackgroundJobClient>();
        var registration = new Mock<IRecurringJobRegistration>();
        var failing = new Mock<IJobRecovery>();
        failing.Setup(r => r.RecoverAsync(It.IsAny<IBackgroundJobClient>(), false, It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("broken"));
        var working = new Mock<IJobRecovery>();
        ServiceProvider services = new ServiceCollection()
            .AddSingleton(recurring.Object)
            .AddSingleton(client.Object)
            .AddSingleton(registration.Object)
            .AddSingleton(failing.Object)
            .AddSingleton(working.Object)
            .BuildServiceProvider();
        var startup = new JobsStartup(services.GetRequiredService<IServiceScopeFactory>(), new JobStorageInfo("InMemory", IsPersistent: false), NullLogger<JobsStartup>.Instance);

        await startup.StartAsync(CancellationToken.None);

        registration.Verify(r => r.Register(recurring.Object), Times.Once);
        working.Verify(r => r.RecoverAsync(client.Object, false, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task TelemetryFilter_CountsJobsByOutcome()
    {
        using var recorder = new MeasurementRecorder("bot.jobs");
        using var storage = new InMemoryStorage(new InMemoryStorageOptions());
        var client = new BackgroundJobClient(storage);
        string run = Guid.NewGuid().ToString("N");
        client.Enqueue<CountingJob>(j => j.Run(run, 1));
        client.Enqueue<FailingJob>(j => j.Run());
        var filters = new JobFilterCollection { new JobTelemetryFilter(), new AutomaticRetryAttribute { Attempts = 0 } };

        using (new BackgroundJobServer(new BackgroundJobServerOptions { FilterProvider = filters, Activator = new JobActivator(), WorkerCount = 2 }, storage))
        {
            DateTime deadline = DateTime.UtcNow.AddSeconds(30);
            while (!(Counted(recorder, nameof(FailingJob), "failed") && Counted(recorder, nameof(CountingJob), "succeeded")) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }

        Assert.True(Counted(recorder, nameof(CountingJob), "succeeded"));
        Assert.True(Counted(recorder, nameof(FailingJob), "failed"));
    }

    private static bool Counted(MeasurementRecorder recorder, string type, string outcome) =>
        Snapshot(recorder).Any(m => m.Tags["job.type"] as string == type && m.Tags["outcome"] as string == outcome);

    private static Measured[] Snapshot(MeasurementRecorder recorder)
    {
        lock (recorder.Measurements)
        {
            return [.. recorder.Measurements];
        }
    }

    /// <summary>A job that always fails.</summary>
    public sealed class FailingJob
    {
        [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Hangfire activates the class and calls an instance method.")]
        public void Run() => throw new InvalidOperationException("This job fails on purpose.");
    }

    /// <summary>A job that counts its executions per test run.</summary>
    public sealed class CountingJob
    {
        private static readonly ConcurrentDictionary<(string Run, int Id), int> Counts = new();

        public static int Distinct(string run) => Counts.Keys.Count(k => k.Run == run);

        public static int Executions(string run) => Counts.Where(kv => kv.Key.Run == run).Sum(kv => kv.Value);

        [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Hangfire activates the class and calls an instance method.")]
        public void Run(string run, int id) => Counts.AddOrUpdate((run, id), 1, (_, count) => count + 1);
    }
}
