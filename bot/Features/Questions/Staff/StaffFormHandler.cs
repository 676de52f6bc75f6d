using System.Text.Json.Nodes;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using ClustER.Bot.Protocol;
using ClustER.Bot.Routing;

namespace ClustER.Bot.Features.Questions.Staff;

/// <summary>Staff: "new call" / "nuovo bando", "edit call ID" / "modifica bando ID", and the same for events: sends the form.</summary>
internal sealed class StaffFormHandler(KnowledgeEditor editor) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        string lang = TurnLanguage.Of(context);
        bool isEvent = context.RouteMatch!.Groups["event"].Success;
        string id = context.RouteMatch.Groups["id"].Value.Trim();
        JsonNode form;
        if (isEvent)
        {
            KnowledgeEvent? ev = id.Length == 0 ? null : await editor.FindEventAsync(id, cancellationToken);
            form = KnowledgeForms.EventForm(ev, lang);
            if (id.Length > 0 && ev is null)
            {
                await context.SendTextAsync(QaTexts.Texts.Get("Form.NotFound", lang, id), cancellationToken);
                return;
            }
        }
        else
        {
            KnowledgeCall? call = id.Length == 0 ? null : await editor.FindCallAsync(id, cancellationToken);
            form = KnowledgeForms.CallForm(call, lang);
            if (id.Length > 0 && call is null)
            {
                await context.SendTextAsync(QaTexts.Texts.Get("Form.NotFound", lang, id), cancellationToken);
                return;
            }
        }

        string heading = form["body"]?[0]?["text"]?.GetValue<string>() ?? string.Empty;
        await context.SendAsync(ActivityFactory.Card(form, heading, context.ReplyLocale), cancellationToken);
    }
}
