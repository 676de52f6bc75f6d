using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using ClustER.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using static ClustER.Tests.Bot.Features.Knowledge.KnowledgeFolderFixture;

namespace ClustER.Tests.Bot.Features.Knowledge;

public sealed class KnowledgeImporterTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly KnowledgeImportGate _gate = new();
    private readonly KnowledgeCatalog _catalog = new(NullLogger<KnowledgeCatalog>.Instance);
    private readonly KnowledgeFolderFixture _folder = new();

    [Fact]
    public async Task ImportAsync_ValidFolder_MakesItemsLive()
    {
        _folder.Write("calls.json", Array(Call("c1"), Call("c2"))).Write("events.json", Array(Event("e1")));

        KnowledgeImportResult result = await ImportAsync();

        Assert.Equal(3, result.Added);
        Assert.Equal(["c1", "c2", "e1"], _catalog.Current.Items.Select(i => i.Id).Order());
        Assert.Equal(result.Revision, _catalog.Current.Revision);
    }

    [Fact]
    public async Task ImportAsync_BadFile_KeepsThePreviousKnowledgeLive()
    {
        _folder.Write("calls.json", Array(Call("c1"), Call("c2")));
        await ImportAsync();
        long revision = _catalog.Current.Revision;

        _folder.Write("calls.json", Array(Call("c1", title: "Changed"), Call("c3", deadline: "tomorrow")));
        var ex = await Assert.ThrowsAsync<KnowledgeValidationException>(ImportAsync);

        Assert.Contains(ex.Errors, e => e.File == "calls.json" && e.Item == "c3" && e.Field == "deadline");
        Assert.Equal(revision, _catalog.Current.Revision);
        Assert.Equal(["c1", "c2"], _catalog.Current.Items.Select(i => i.Id).Order());
        Assert.Equal("A call", _catalog.Current.Find(KnowledgeKind.Call, "c1")!.Title);
        using BotDbContext db = _database.CreateContext();
        Assert.Equal(2, await db.KnowledgeCalls.CountAsync());
    }

    [Fact]
    public async Task ImportAsync_IdDisappears_IsArchivedNotDeletedAndComesBack()
    {
        _folder.Write("calls.json", Array(Call("c1"), Call("c2")));
        await ImportAsync();
        using (BotDbContext db = _database.CreateContext())
        {
            db.Subscriptions.Add(new Subscription { PersonId = 1, ItemKind = KnowledgeKind.Call, ItemId = "c2", CreatedAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }

        _folder.Write("calls.json", Array(Call("c1")));
        KnowledgeImportResult removed = await ImportAsync();

        Assert.Equal(1, removed.Archived);
        Assert.Null(_catalog.Current.Find(KnowledgeKind.Call, "c2"));
        using (BotDbContext db = _database.CreateContext())
        {
            Assert.True((await db.KnowledgeCalls.SingleAsync(c => c.Id == "c2")).IsArchived);
            Assert.Equal(1, await db.Subscriptions.CountAsync(s => s.ItemId == "c2"));
        }

        _folder.Write("calls.json", Array(Call("c1"), Call("c2")));
        await ImportAsync();

        Assert.NotNull(_catalog.Current.Find(KnowledgeKind.Call, "c2"));
    }

    [Fact]
    public async Task ImportAsync_MissingFile_LeavesThatKindAsItIs()
    {
        _folder.Write("calls.json", Array(Call("c1"))).Write("events.json", Array(Event("e1")));
        await ImportAsync();
        File.Delete(Path.Combine(_folder.Path, "events.json"));

        KnowledgeImportResult result = await ImportAsync();

        Assert.Equal(0, result.Archived);
        Assert.NotNull(_catalog.Current.Find(KnowledgeKind.Event, "e1"));
    }

    [Fact]
    public async Task ImportAsync_StaffEditOfAnItemTheFileDidNotChange_IsKept()
    {
        _folder.Write("calls.json", Array(Call("c1"), Call("c2")));
        await ImportAsync();
        using (BotDbContext db = _database.CreateContext())
        {
            var editor = new KnowledgeEditor(db, _gate, _catalog, TimeProvider.System);
            KnowledgeCall edited = (await editor.FindCallAsync("c1", CancellationToken.None))!;
            edited.Title = "Edited in chat";
            await editor.SaveCallAsync(edited, personId: 7, CancellationToken.None);
        }

        await ImportAsync();
        Assert.Equal("Edited in chat", _catalog.Current.Find(KnowledgeKind.Call, "c1")!.Title);

        _folder.Write("calls.json", Array(Call("c1", title: "Changed in the file"), Call("c2")));
        await ImportAsync();
        Assert.Equal("Changed in the file", _catalog.Current.Find(KnowledgeKind.Call, "c1")!.Title);
    }

    [Fact]
    public async Task ImportAsync_ConcurrentImports_TheLastAppliedWinsWhole()
    {
        using var other = new KnowledgeFolderFixture();
        _folder.Write("calls.json", Array([.. Enumerable.Range(0, 200).Select(i => Call($"a{i}", title: $"A {i}"))]));
        other.Write("calls.json", Array([.. Enumerable.Range(0, 200).Select(i => Call($"b{i}", title: $"B {i}"))]));

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => i % 2 == 0 ? ImportAsync(_folder.Path) : ImportAsync(other.Path)));

        string[] live = [.. _catalog.Current.Items.Select(i => i.Id[..1]).Distinct()];
        Assert.Single(live);
        Assert.Equal(200, _catalog.Current.Items.Count);
        using BotDbContext db = _database.CreateContext();
        Assert.Equal(200, await db.KnowledgeCalls.CountAsync(c => !c.IsArchived));
        Assert.Equal(live[0], (await db.KnowledgeCalls.Where(c => !c.IsArchived).Select(c => c.Id).FirstAsync())[..1]);
    }

    public void Dispose()
    {
        _catalog.Dispose();
        _gate.Dispose();
        _folder.Dispose();
        _database.Dispose();
    }

    private Task<KnowledgeImportResult> ImportAsync() => ImportAsync(_folder.Path);

    private async Task<KnowledgeImportResult> ImportAsync(string folder)
    {
        using BotDbContext db = _database.CreateContext();
        var importer = new KnowledgeImporter(db, _gate, _catalog, TimeProvider.System, NullLogger<KnowledgeImporter>.Instance);
        return await importer.ImportAsync(folder, CancellationToken.None);
    }
}
