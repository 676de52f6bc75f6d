using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Storage;
using ClustER.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using static ClustER.Tests.Bot.Features.Knowledge.KnowledgeFolderFixture;

namespace ClustER.Tests.Bot.Features.Knowledge;

public sealed class KnowledgeImportCommandTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();
    private readonly KnowledgeFolderFixture _folder = new();
    private readonly KnowledgeImportGate _gate = new();
    private readonly KnowledgeCatalog _catalog = new(NullLogger<KnowledgeCatalog>.Instance);

    [Fact]
    public async Task RunAsync_ValidFolder_ImportsAndReportsCounts()
    {
        _folder.Write("calls.json", Array(Call("c1"), Call("c2")));
        using var output = new StringWriter();

        int code = await Command().RunAsync([_folder.Path], output, CancellationToken.None);

        Assert.Equal(0, code);
        Assert.Contains("2 added", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BadFolder_ListsEveryProblemAndFails()
    {
        _folder.Write("calls.json", Array(Call("c1", deadline: "soon"), """{"id": "c2"}"""));
        using var output = new StringWriter();

        int code = await Command().RunAsync([_folder.Path], output, CancellationToken.None);

        Assert.Equal(1, code);
        string text = output.ToString();
        Assert.Contains("calls.json, item 'c1', field 'deadline'", text, StringComparison.Ordinal);
        Assert.Contains("calls.json, item 'c2', field 'title': is required", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_NoFolder_IsAUsageError()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await Command().RunAsync([], output, CancellationToken.None));
    }

    public void Dispose()
    {
        _catalog.Dispose();
        _gate.Dispose();
        _folder.Dispose();
        _database.Dispose();
    }

    private KnowledgeImportCommand Command()
    {
        BotDbContext db = _database.CreateContext();
        return new KnowledgeImportCommand(new KnowledgeImporter(db, _gate, _catalog, TimeProvider.System, NullLogger<KnowledgeImporter>.Instance));
    }
}
