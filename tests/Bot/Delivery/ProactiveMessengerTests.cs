using ClustER.Bot.Storage;
using ClustER.Bot.Storage.Entities;
using ClustER.Jobs.Delivery;
using ClustER.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClustER.Tests.Bot.Delivery;

public sealed class ProactiveMessengerTests
{
    [Fact]
    public async Task SendAsync_PersonWithSeveralPersonalChats_UsesTheMostRecentlyUpdatedOne()
    {
        await using BotApiFactory bot = await BotApiFactory.StartAsync();
        await bot.PostActivityAsync(bot.Activities.PersonalMessage("ciao"));
        await bot.Connector.WaitForActivitiesAsync(1);
        int personId;
        await using (AsyncServiceScope scope = bot.Services.CreateAsyncScope())
        {
            // A chat stored later (a higher id) but last used a year ago, e.g. before the app was reinstalled.
            BotDbContext db = scope.ServiceProvider.GetRequiredService<BotDbContext>();
            StoredConversation current = await db.Conversations.SingleAsync(c => c.ConversationId == TestActivities.PersonalConversationId);
            personId = current.PersonId!.Value;
            db.Conversations.Add(new StoredConversation
            {
                ConversationId = "a:stale-personal", ServiceUrl = current.ServiceUrl, ChannelId = "msteams", ConversationType = "personal",
                PersonId = personId, UserId = current.UserId, BotId = current.BotId, TenantId = current.TenantId,
                UpdatedAt = current.UpdatedAt.AddYears(-1),
            });
            await db.SaveChangesAsync();
        }

        await using AsyncServiceScope send = bot.Services.CreateAsyncScope();
        DeliveryResult result = await send.ServiceProvider.GetRequiredService<IMessenger>()
            .SendAsync(personId, new OutboundMessage("Promemoria", null, "it-IT"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Sent, result.Outcome);
        Assert.Equal(TestActivities.PersonalConversationId, bot.Connector.Activities.Single(a => a.Text == "Promemoria").Conversation?.Id);
    }
}
