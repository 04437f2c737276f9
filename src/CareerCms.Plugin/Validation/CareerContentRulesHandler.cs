using Umbraco.Cms.Core.Events;
using Umbraco.Cms.Core.Notifications;

namespace CareerCms.Plugin.Validation;

/// <summary>
/// Cancels a save that breaks a careers domain rule. Each message's category is the property alias, so a host
/// that maps messages to fields (CareerCms does) shows them at the field; Umbraco shows them as a notification.
/// </summary>
internal sealed class CareerContentRulesHandler(CareerContentRules rules) : INotificationHandler<ContentSavingNotification>
{
    /// <inheritdoc />
    public void Handle(ContentSavingNotification notification)
    {
        foreach (var content in notification.SavedEntities)
        {
            foreach (var (alias, message) in rules.Check(content))
            {
                notification.CancelOperation(new EventMessage(alias, message, EventMessageType.Error));
            }
        }
    }
}
