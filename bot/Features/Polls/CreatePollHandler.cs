using ClustER.Bot.Features.Assemblies;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Reminders;
using ClustER.Bot.Routing;
using ClustER.Bot.Storage.Entities;

namespace ClustER.Bot.Features.Polls;

/// <summary>
/// The submitted poll form: checked (errors shown in the form itself, with what was typed kept), saved and
/// handed to Hangfire for the fan-out; the form becomes the poll's management card.
/// </summary>
internal sealed class CreatePollHandler(PollGate gate, PollService polls, PollReader reader, TimeProvider time, ILogger<CreatePollHandler> logger) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        CardAction action = context.CardAction!;
        int priority = action.GetInt32("priority") ?? 0;
        if (!await gate.AllowAsync(context, priority, cancellationToken))
        {
            return;
        }

        MemberContext member = context.Member();
        string lang = member.Language;
        var t = PollsTexts.Texts;
        PollForm? form = PollForm.Read(action, member.TimeZoneId, time.GetUtcNow(), out List<FormError> errors);
        if (form is null)
        {
            List<string> messages = [.. errors.Select(e => t.Get(e.Key, lang, e.Args))];
            await context.ReplaceCardAsync(PollCards.Form(priority, member.TimeZoneId, lang, action, messages),
                t.Get("Form.Error.Heading", lang) + " " + string.Join("; ", messages), cancellationToken);
            return;
        }

        (MeetingPoll poll, bool created) = await polls.CreateAsync(form, member.PersonId, cancellationToken);
        if (created)
        {
            Log.PollCreated(logger, poll.Id, poll.Priority, member.PersonId, poll.Slots.Count);
        }
        else
        {
            Log.PollFormSubmittedAgain(logger, poll.Id, member.PersonId);
        }

        PollView view = await reader.ViewAsync(poll, PollViewer.Of(member), cancellationToken);
        (var card, string text) = PollCards.Manage(view, lang);
        await context.ReplaceCardAsync(card, text, cancellationToken);
        if (!action.IsInvoke && created)
        {
            await context.SendTextAsync(t.Get("Created", lang, poll.Title, view.Invitees, ReminderTime.When(poll.Deadline, member.TimeZoneId, lang)), cancellationToken);
        }
    }
}
