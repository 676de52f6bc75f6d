using System.Globalization;
using ClustER.Bot.Features.Conversation;
using ClustER.Bot.Features.Questions.Model;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>Staff: "answer 12 ..." / "rispondi 12 ...": answers a member's question; the member gets it proactively.</summary>
internal sealed class StaffAnswerHandler(StaffDesk desk) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        MemberContext member = context.Member();
        int id = int.Parse(context.RouteMatch!.Groups["id"].Value, CultureInfo.InvariantCulture);
        string answer = context.RouteMatch.Groups["answer"].Value.Trim();
        if (answer.Length == 0)
        {
            await context.SendTextAsync(QaTexts.Texts.Get("Staff.EmptyAnswer", lang, id), cancellationToken);
            return;
        }

        (StaffQuestion? question, bool wasAnswered, bool delivered, string name) = await desk.AnswerAsync(id, answer, member.PersonId, cancellationToken);
        string reply = question is null ? QaTexts.Texts.Get("Staff.UnknownQuestion", lang, id)
            : !delivered ? QaTexts.Texts.Get("Staff.AnswerNotDelivered", lang, id, name)
            : wasAnswered ? QaTexts.Texts.Get("Staff.AlreadyAnswered", lang, id)
            : QaTexts.Texts.Get("Staff.AnswerSent", lang, id, name);
        await context.SendTextAsync(reply, cancellationToken);
    }
}
