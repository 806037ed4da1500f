using Telegram.Bot;

var bot = new TelegramBotClient(Environment.GetEnvironmentVariable("TELEGRAM_BOT_TOKEN") ?? "");
bot.OnMessage += (message, _) => WelcomeBot.OnMessage(bot, message);
bot.OnMessage += (message, _) => Greeter.OnMessage(bot, message);
Console.ReadLine();
