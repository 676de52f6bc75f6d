using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Time.Testing;

namespace ClustER.Tests.Bot.Features.Assemblies;

/// <summary>A directory of member organisations with representatives, a board and staff, on SQLite, with a fake clock.</summary>
internal sealed class AssemblyFixture : IDisposable
{
    public AssemblyFixture(int organisations = 5)
    {
        using BotDbContext db = Database.CreateContext();
        for (int i = 1; i <= organisations; i++)
        {
            var org = new Organisation { Name = $"Org {i:00}" };
            db.Organisations.Add(org);
            db.SaveChanges();
            var rep = new Person { Name = $"Rep {i:00}", OrganisationId = org.Id, Roles = PersonRoles.Member | PersonRoles.Representative | (i <= 2 ? PersonRoles.Board : 0) };
            db.People.Add(rep);
            db.SaveChanges();
            Representatives.Add(rep.Id);
            OrganisationIds.Add(org.Id);
        }

        var staff = new Person { Name = "Staff", Roles = PersonRoles.Staff };
        db.People.Add(staff);
        db.SaveChanges();
        StaffId = staff.Id;
    }

    public SqliteTestDatabase Database { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero));

    public AssemblyOptions Options { get; } = new() { PublicBaseUrl = "http://127.0.0.1:5555/" };

    public List<int> Representatives { get; } = [];

    public List<int> OrganisationIds { get; } = [];

    public int StaffId { get; }

    public IDataProtectionProvider Protection { get; } = new EphemeralDataProtectionProvider();

    public MeetingDirectory Directory() => new(Database.Factory, Microsoft.Extensions.Options.Options.Create(Options));

    public MeetingService Service(BotDbContext db) => new(db, Directory(), Microsoft.Extensions.Options.Options.Create(Options), Time);

    public MeetingLinks Links() => new(Protection, Microsoft.Extensions.Options.Options.Create(Options), Time);

    public MeetingMessages Messages() => new(Database.Factory, Directory(), Links(), Microsoft.Extensions.Options.Options.Create(Options), Time);

    /// <summary>Convenes a general assembly 30 days ahead.</summary>
    public async Task<Meeting> ConveneAsync(MeetingKind kind = MeetingKind.GeneralAssembly)
    {
        using BotDbContext db = Database.CreateContext();
        var form = new ConvocationForm(kind, null, Time.GetUtcNow().AddDays(30), Time.GetUtcNow().AddDays(30).AddHours(1), "Bologna, Tecnopolo", null,
            ["Approvazione del bilancio"], ["Modifica dello statuto"], 15, false);
        return (await Service(db).ConveneAsync(form, StaffId, default))!;
    }

    public void Dispose() => Database.Dispose();
}
