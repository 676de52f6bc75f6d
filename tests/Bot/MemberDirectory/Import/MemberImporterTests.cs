using System.Text;
using ClustER.Bot.MemberDirectory.Import;
using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Tests.Bot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Tests.Bot.MemberDirectory.Import;

public sealed class MemberImporterTests : IAsyncLifetime
{
    private const string Header = "organisation,organisationType,city,name,email,aadObjectId,language,timeZone,roles,workingGroups,coordinates";

    private SqliteTestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await SqliteTestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ImportAsync_WithBadRecords_ReportsEachLineAndImportsTheGoodOnes()
    {
        MemberImportReport report = await ImportAsync(
            Header,
            "Chiesi Farmaceutici,company,Parma,Roberta Buti,roberta@chiesi.example,,,,board,1;4,1",
            "Chiesi Farmaceutici,,,,nobody@chiesi.example,,,,,,",
            "Stem Sel,startup,Bologna,Isaiah Langer,not-an-email,,,,,,",
            "Holostem,,Modena,Megan Bowen,megan@holostem.example,,,,,3,",
            "Comecer Spa,company,Castel Bolognese,Marco Fadda,marco@comecer.example,,xx,Mars/Base,chef,1;14,",
            "IRCCS IRST,hospital,Meldola,Adele Vance,adele@irst.example,,en,Europe/Rome,representative,1;3,");

        Assert.Equal(6, report.RecordsRead);
        Assert.Equal(2, report.Accepted);
        Assert.Equal([3L, 4L, 5L, 6L], report.Rejected.Select(r => r.Line));
        Assert.Contains(report.Rejected[0].Reasons, r => r.Contains("name is missing", StringComparison.Ordinal));
        Assert.Contains(report.Rejected[1].Reasons, r => r.Contains("'not-an-email'", StringComparison.Ordinal));
        Assert.Contains(report.Rejected[2].Reasons, r => r.Contains("'Holostem' is new", StringComparison.Ordinal));
        string[] line6 = [.. report.Rejected[3].Reasons];
        Assert.Contains(line6, r => r.Contains("language 'xx'", StringComparison.Ordinal));
        Assert.Contains(line6, r => r.Contains("timeZone 'Mars/Base'", StringComparison.Ordinal));
        Assert.Contains(line6, r => r.Contains("role 'chef'", StringComparison.Ordinal));
        Assert.Contains(line6, r => r.Contains("'14' is not a strategic priority", StringComparison.Ordinal));

        await using SqliteBotDbContext db = _database.NewContext();
        Person roberta = await db.People.Include(p => p.Organisation).Include(p => p.WorkingGroups).SingleAsync(p => p.Email == "roberta@chiesi.example");
        Assert.Equal("Chiesi Farmaceutici", roberta.Organisation!.Name);
        Assert.Equal(PersonRoles.Board | PersonRoles.Member, roberta.Roles);
        Assert.Equal([1, 4], roberta.WorkingGroups.Select(w => w.Priority).Order());
        Assert.True(roberta.WorkingGroups.Single(w => w.Priority == 1).IsCoordinator);
        Assert.Equal(["Adele Vance", "Roberta Buti"], await db.People.OrderBy(p => p.Name).Select(p => p.Name).ToArrayAsync());
        Assert.Contains("line 3:", report.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_ExistingPerson_UpdatesWithoutLosingWhatTheFileLeavesEmpty()
    {
        await using (SqliteBotDbContext db = _database.NewContext())
        {
            db.People.Add(new Person
            {
                Name = "Luigi R.",
                Email = "luigi@unibo.example",
                TeamsUserId = "29:luigi",
                PreferredLanguage = "en",
                TimeZone = "Europe/Rome",
                Roles = PersonRoles.Member,
                WorkingGroups = { new WorkingGroupMembership { Priority = 8 } },
            });
            await db.SaveChangesAsync();
        }

        MemberImportReport report = await ImportAsync(Header, ",,,Luigi Ricciardiello,LUIGI@unibo.example,,,,,,");

        Assert.Equal((0, 1), (report.PeopleAdded, report.PeopleUpdated));
        await using SqliteBotDbContext check = _database.NewContext();
        Person luigi = await check.People.Include(p => p.WorkingGroups).SingleAsync();
        Assert.Equal("Luigi Ricciardiello", luigi.Name);
        Assert.Equal(("29:luigi", "en", "Europe/Rome"), (luigi.TeamsUserId, luigi.PreferredLanguage, luigi.TimeZone));
        Assert.Equal([8], luigi.WorkingGroups.Select(w => w.Priority));
    }

    [Fact]
    public async Task ImportAsync_ByAadObjectId_FindsThePersonWhoseEmailChanged()
    {
        const string Id = "8f2c0d7e-5b1a-4c3e-9d6f-0a1b2c3d4e5f";
        await ImportAsync(Header, $",,,Anna,anna@old.example,{Id},,,,,");

        MemberImportReport report = await ImportAsync(Header, $",,,Anna,anna@new.example,{Id.ToUpperInvariant()},,,,,");

        Assert.Equal(1, report.PeopleUpdated);
        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Equal("anna@new.example", await db.People.Select(p => p.Email).SingleAsync());
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_AddsNothingTheSecondTime()
    {
        string[] lines = [Header, "Alfasigma Spa,company,Bologna,Pierluigi Mangino,pm@alfasigma.example,,,,board,1;8,"];
        await ImportAsync(lines);

        MemberImportReport second = await ImportAsync(lines);

        Assert.Equal((0, 1, 0), (second.PeopleAdded, second.PeopleUpdated, second.OrganisationsAdded));
        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Equal((1, 1, 2), (await db.People.CountAsync(), await db.Organisations.CountAsync(), await db.WorkingGroupMemberships.CountAsync()));
    }

    [Fact]
    public async Task ImportAsync_SamePersonTwiceInTheFile_RejectsTheLaterRecord()
    {
        MemberImportReport report = await ImportAsync(Header, ",,,Anna,anna@x.example,,,,,,", ",,,Anna Bis,ANNA@x.example,,,,,,");

        RejectedRow rejected = Assert.Single(report.Rejected);
        Assert.Equal(3, rejected.Line);
        Assert.Contains("same person as line 2", rejected.Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_EmailSharedByTwoPeople_RejectsARecordWithoutObjectId()
    {
        await ImportAsync(Header,
            ",,,Anna,info@small.example,11111111-1111-1111-1111-111111111111,,,,,",
            ",,,Bruno,info@small.example,22222222-2222-2222-2222-222222222222,,,,,");

        MemberImportReport report = await ImportAsync(Header, ",,,Carla,info@small.example,,,,,,");

        Assert.Contains("shared by 2 people", Assert.Single(report.Rejected).Reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_DashInWorkingGroups_RemovesTheMemberships()
    {
        await ImportAsync(Header, ",,,Anna,anna@x.example,,,,,2;5,5");

        await ImportAsync(Header, ",,,Anna,anna@x.example,,,,,-,");

        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Equal(0, await db.WorkingGroupMemberships.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_SemicolonSeparatedFileWithQuotedLists_IsRead()
    {
        MemberImportReport report = await ImportAsync(
            "organisation;organisation type;city;name;email;aadObjectId;language;time zone;roles;working groups;coordinates",
            "\"Università di Modena e Reggio Emilia\";university;Modena;Lynne Robbins;lynne@unimore.example;;it-IT;Europe/Rome;representative;\"2;5\";2");

        Assert.Empty(report.Rejected);
        await using SqliteBotDbContext db = _database.NewContext();
        Person lynne = await db.People.Include(p => p.WorkingGroups).Include(p => p.Organisation).SingleAsync();
        Assert.Equal(("it", OrganisationType.University), (lynne.PreferredLanguage, lynne.Organisation!.Type));
        Assert.Equal([2, 5], lynne.WorkingGroups.Select(w => w.Priority).Order());
    }

    [Fact]
    public async Task ImportAsync_UnbalancedQuote_ReportsTheRecordAsMalformed()
    {
        MemberImportReport report = await ImportAsync(Header, ",,,Anna,anna@x.example,,,,,,", ",,,\"Bruno,bruno@x.example,,,,,,,", ",,,Carla,carla@x.example,,,,,,");

        Assert.NotEmpty(report.Rejected);
        Assert.Equal(3, report.Rejected[0].Line);
        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Contains("Anna", await db.People.Select(p => p.Name).ToListAsync());
    }

    [Fact]
    public async Task ImportAsync_WithoutNameColumn_FailsAndWritesNothing()
    {
        var failure = await Assert.ThrowsAsync<MemberImportFailedException>(() => ImportAsync("organisation,email", "Acme,a@acme.example"));

        Assert.Contains("'name'", failure.Message, StringComparison.Ordinal);
        await using SqliteBotDbContext db = _database.NewContext();
        Assert.Equal(0, await db.Organisations.CountAsync());
    }

    [Fact]
    public async Task ImportFileAsync_MissingFile_FailsNamingIt()
    {
        await using SqliteBotDbContext db = _database.NewContext();

        var failure = await Assert.ThrowsAsync<MemberImportFailedException>(() => StorageTestServices.ImporterFor(db).ImportFileAsync("/no/such/members.csv"));

        Assert.Contains("/no/such/members.csv", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportFileAsync_TheShippedDemoDirectory_HasNoRejectedRecord()
    {
        await using SqliteBotDbContext db = _database.NewContext();

        MemberImportReport report = await StorageTestServices.ImporterFor(db).ImportFileAsync(Path.Combine(AppContext.BaseDirectory, "DemoData", "members.csv"));

        Assert.Empty(report.Rejected);
        Assert.True(report.PeopleAdded >= 15);
        Assert.Equal(5 + 1, await db.People.CountAsync(p => (p.Roles & PersonRoles.Staff) == PersonRoles.Staff));
    }

    [Fact]
    public async Task ImportAsync_PersonWhoAskedToBeForgotten_IsReportedAndNotAddedAgain()
    {
        const string Megan = "Holostem,company,Modena,Megan Bowen,Megan@Holostem.example,5d0a1c7e-0000-4000-8000-000000000001,,,,3,";
        await ImportAsync(Header, Megan);
        await EraseAsync("Megan Bowen");

        MemberImportReport again = await ImportAsync(
            Header,
            Megan,
            "Holostem,,,Megan B.,megan@holostem.example,,,,,,", // the e-mail alone, in other case, is recognised too
            "Holostem,,,Adele Vance,adele@holostem.example,,,,,,");

        Assert.Equal((1, 0), (again.PeopleAdded, again.PeopleUpdated));
        Assert.Equal([2L, 3L], again.Rejected.Select(r => r.Line));
        Assert.All(again.Rejected, r => Assert.Contains(r.Reasons, reason => reason.Contains("forget them", StringComparison.Ordinal)));
        await using SqliteBotDbContext db = _database.NewContext();
        Assert.False(await db.People.AnyAsync(p => p.Name.StartsWith("Megan") || p.Email == "megan@holostem.example"));
        Assert.Equal(2, await db.ErasedIdentities.CountAsync());
        Assert.DoesNotContain(await db.ErasedIdentities.Select(e => e.IdentifierHash).ToListAsync(), h => h.Contains("megan", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ImportAsync_ErasedPersonWhoCameBackInTeams_IsUpdatedByTheirObjectId()
    {
        const string ObjectId = "5d0a1c7e-0000-4000-8000-000000000002";
        await ImportAsync(Header, $"Holostem,company,Modena,Megan Bowen,megan@holostem.example,{ObjectId},,,,3,");
        await EraseAsync("Megan Bowen");
        await using (SqliteBotDbContext db = _database.NewContext())
        {
            // What the bot stores when she writes to it again.
            db.People.Add(new Person { Name = "Megan Bowen", TeamsUserId = "29:megan", AadObjectId = ObjectId });
            await db.SaveChangesAsync();
        }

        MemberImportReport report = await ImportAsync(Header, $"Holostem,,,Megan Bowen,megan@holostem.example,{ObjectId},,,,3,");

        Assert.Equal((0, 1), (report.PeopleAdded, report.PeopleUpdated));
        Assert.Empty(report.Rejected);
    }

    private async Task EraseAsync(string name)
    {
        await using SqliteBotDbContext db = _database.NewContext();
        int id = await db.People.Where(p => p.Name == name).Select(p => p.Id).SingleAsync();
        await new ClustER.Bot.Features.Privacy.Contributors.DirectoryPersonalData(db, TimeProvider.System).EraseAsync(id, CancellationToken.None);
    }

    private async Task<MemberImportReport> ImportAsync(params string[] lines)
    {
        await using SqliteBotDbContext db = _database.NewContext();
        using var csv = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        return await StorageTestServices.ImporterFor(db).ImportAsync(csv, "test.csv");
    }
}
