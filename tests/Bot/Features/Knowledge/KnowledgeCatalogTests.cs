using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Storage;
using ClustER.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using static ClustER.Tests.Bot.Features.Knowledge.KnowledgeFolderFixture;

namespace ClustER.Tests.Bot.Features.Knowledge;

public class KnowledgeCatalogTests
{
    [Fact]
    public async Task UseFiles_BeforeAnyDatabaseRevision_ServesTheFilesUntilTheDatabaseHasKnowledge()
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("calls.json", Array(Call("from-file")));
        using var catalog = new KnowledgeCatalog(NullLogger<KnowledgeCatalog>.Instance);

        catalog.UseFiles(await KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));
        Assert.NotNull(catalog.Current.Find(KnowledgeKind.Call, "from-file"));

        using var database = new SqliteTestDatabase();
        using var gate = new KnowledgeImportGate();
        folder.Write("calls.json", Array(Call("from-db")));
        using (BotDbContext db = database.CreateContext())
        {
            await new KnowledgeImporter(db, gate, catalog, TimeProvider.System, NullLogger<KnowledgeImporter>.Instance).ImportAsync(folder.Path, CancellationToken.None);
        }

        Assert.Null(catalog.Current.Find(KnowledgeKind.Call, "from-file"));
        Assert.NotNull(catalog.Current.Find(KnowledgeKind.Call, "from-db"));

        catalog.UseFiles(await KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));
        Assert.True(catalog.Current.Revision > 0);
    }
}
