using Telegram.Bot;
using Telegram.Bot.Types;

static class WelcomeBot
{
    public static async Task OnMessage(ITelegramBotClient bot, Message message)
    {
        if (message.NewChatMembers is { } members)
            foreach (var member in members)
                await bot.SendMessage(member.Id, "Welcome!");
    }
}
