using ClustER.Bot.Features.Privacy;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Privacy;
using ClustER.Tests.Support;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace ClustER.Tests.Bot.Features.Privacy;

/// <summary>The staff notice of an erasure survives a restart between the commit and the job.</summary>
public sealed class ErasureNoticeRecoveryTests
{
    [Fact]
    public async Task RecoverAsync_RecentErasureWithoutFinishedNotice_EnqueuesItOnce()
    {
        using var database = new SqliteTestDatabase();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        int pending, told;
        using (BotDbContext db = database.CreateContext())
        {
            var people = new[]
            {
                new Person { Name = "#a", Roles = PersonRoles.None, ErasedAt = time.GetUtcNow().AddHours(-1) },
                new Person { Name = "#b", Roles = PersonRoles.None, ErasedAt = time.GetUtcNow().AddHours(-2) },
                new Person { Name = "#c", Roles = PersonRoles.None, ErasedAt = time.GetUtcNow().AddDays(-30) },
                new Person { Name = "Staff", Roles = PersonRoles.Staff },
            };
            db.People.AddRange(people);
            db.SaveChanges();
            (pending, told) = (people[0].Id, people[1].Id);
            db.Deliveries.Add(new DeliveryRecord { Kind = NotifyErasureJob.LedgerKind, SubjectId = told.ToString(System.Globalization.CultureInfo.InvariantCulture), PersonId = people[3].Id, Status = DeliveryStatus.Sent });
            db.SaveChanges();
        }

        var jobs = new Mock<IBackgroundJobClient>();
        await new ErasureNoticeRecovery(database.Factory, time).RecoverAsync(jobs.Object, storageIsPersistent: false, default);

        jobs.Verify(j => j.Create(It.Is<Job>(job => job.Type == typeof(NotifyErasureJob) && (int)job.Args[0] == pending), It.IsAny<EnqueuedState>()), Times.Once);
        jobs.Verify(j => j.Create(It.IsAny<Job>(), It.IsAny<IState>()), Times.Once);
    }
}
