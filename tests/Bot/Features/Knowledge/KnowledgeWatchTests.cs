using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Tests.Bot.Features.Questions;
using ClustER.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ClustER.Tests.Bot.Features.Knowledge.KnowledgeFolderFixture;

namespace ClustER.Tests.Bot.Features.Knowledge;

/// <summary>The running bot imports the knowledge folder at start and again when a file changes.</summary>
public class KnowledgeWatchTests
{
    [Fact]
    public async Task FileChange_IsImported_AndABadChangeKeepsTheLiveKnowledge()
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("calls.json", Array(Call("c1", title: "Bando telemedicina")));
        await using BotApiFactory bot = await QaBot.StartAsync(folder.Path, now: null);
        KnowledgeCatalog catalog = bot.Services.GetRequiredService<KnowledgeCatalog>();
        Assert.NotNull(catalog.Current.Find(KnowledgeKind.Call, "c1"));

        folder.Write("calls.json", Array(Call("c1", title: "Bando telemedicina"), Call("c2", title: "Bando robotica")));
        await WaitUntilAsync(() => catalog.Current.Find(KnowledgeKind.Call, "c2") is not null);
        long revision = catalog.Current.Revision;

        folder.Write("calls.json", "[{\"id\": \"c3\"");
        await Task.Delay(1500);

        Assert.Equal(revision, catalog.Current.Revision);
        Assert.NotNull(catalog.Current.Find(KnowledgeKind.Call, "c2"));
        Assert.Contains(bot.Logs.Entries, e => e.EventId.Id == 3002);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "the change was not imported within 10 s");
    }
}
