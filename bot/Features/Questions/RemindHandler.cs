using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage;
using ClustER.Jobs.Reminders;
using Microsoft.EntityFrameworkCore;

namespace ClustER.Bot.Features.Questions;

/// <summary>
/// "Remind me": subscribes the member to a call or an event, once. The reminder sweep follows the item
/// through the reminders' own subscription (listed in "my reminders", stopped there like any other).
/// </summary>
internal sealed class RemindHandler(BotDbContext db, KnowledgeCatalog catalog, MemberReminders reminders, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        MemberContext member = context.Member();
        if (KindNames.Parse(context.CardAction?.GetString("kind")) is not { } kind || kind == KnowledgeKind.Faq
            || context.CardAction?.GetString("itemId") is not { } id || catalog.Current.Find(kind, id) is not { } item)
        {
            await context.AcknowledgeCardActionAsync(QaTexts.Texts.Get("Item.Gone", lang), cancellationToken);
            return;
        }

        // "Already" means the reminders followed the item. The knowledge table below also keeps the member's
        // stopped requests, so it cannot say so: after a "stop" in "my reminders", asking again follows again.
        FollowOutcome followed = await reminders.FollowAsync(member.PersonId, KnowledgeSubjectSource.ItemKey(kind, id),
            kind == KnowledgeKind.Call ? ReminderKind.CallDeadline : ReminderKind.Event, cancellationToken);
        bool following = followed.WasFollowing;
        if (!await db.Subscriptions.AnyAsync(s => s.PersonId == member.PersonId && s.ItemKind == kind && s.ItemId == id, cancellationToken))
        {
            db.Subscriptions.Add(new Subscription { PersonId = member.PersonId, ItemKind = kind, ItemId = id, CreatedAt = time.GetUtcNow() });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // A double click raced us to the unique index: the subscription exists, which is what was asked.
                following = true;
            }
        }

        await context.AcknowledgeCardActionAsync(QaTexts.Texts.Get(following ? "Remind.Already" : "Remind.Done", lang, item.Title), cancellationToken);
    }
}
