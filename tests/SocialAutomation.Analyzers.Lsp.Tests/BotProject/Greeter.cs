using Telegram.Bot;
using Telegram.Bot.Types;

static class Greeter
{
    public static async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { } members)
            foreach (var member in members)
                await bot.SendMessage(message.Chat, $"{member.FirstName} Welcome!");
    }
}
