// assembly: Discord.Net
// Test stub mirroring the public shape of Discord.Net 3.16 (Discord.Net.Core, .Rest, .WebSocket, .Commands,
// .Interactions, .Webhook) as far as bot code touches it. Namespaces, type names, inheritance and member
// signatures follow the real library so that documentation comment ids match; bodies are empty.
// Discord.Net does not use nullable reference annotations.
#nullable disable
#pragma warning disable CS0067 // events are never used
#pragma warning disable CS0108, CS0114 // hiding is intentional where the library hides
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Reflection;
using System.Threading.Tasks;

namespace Discord
{
    public interface IEntity<TId> where TId : IEquatable<TId>
    {
        TId Id { get; }
    }

    public interface ISnowflakeEntity : IEntity<ulong>
    {
        DateTimeOffset CreatedAt { get; }
    }

    public interface IMentionable
    {
        string Mention { get; }
    }

    public interface IDeletable
    {
        Task DeleteAsync(RequestOptions options = null);
    }

    public interface IPresence
    {
        UserStatus Status { get; }
    }

    public enum UserStatus { Offline, Online, Idle, AFK, DoNotDisturb, Invisible }

    public enum TokenType { Bearer = 1, Bot = 2, Webhook = 3 }

    public enum CacheMode { AllowDownload, CacheOnly }

    public enum MessageSource { System, User, Bot, Webhook }

    [Flags]
    public enum GatewayIntents
    {
        None = 0,
        Guilds = 1 << 0,
        GuildMembers = 1 << 1,
        GuildModeration = 1 << 2,
        GuildMessages = 1 << 9,
        GuildMessageReactions = 1 << 10,
        DirectMessages = 1 << 12,
        MessageContent = 1 << 15,
        AllUnprivileged = 0x1BEFD,
        All = 0x1BFFF,
    }

    [Flags]
    public enum MessageFlags
    {
        None = 0,
        Crossposted = 1 << 0,
        IsCrosspost = 1 << 1,
        SuppressEmbeds = 1 << 2,
        Ephemeral = 1 << 6,
        SuppressNotification = 1 << 12,
    }

    [Flags]
    public enum RetryMode
    {
        AlwaysFail = 0x0,
        RetryTimeouts = 0x1,
        RetryRatelimit = 0x4,
        Retry502 = 0x8,
        AlwaysRetry = RetryTimeouts | RetryRatelimit | Retry502,
    }

    public enum DiscordErrorCode
    {
        GeneralError = 0,
        UnknownUser = 10013,
        CannotSendMessageToUser = 50007,
    }

    public enum LogSeverity { Critical = 0, Error = 1, Warning = 2, Info = 3, Verbose = 4, Debug = 5 }

    public struct LogMessage
    {
        public LogSeverity Severity { get; }
        public string Source { get; }
        public string Message { get; }
        public Exception Exception { get; }
        public override string ToString() => throw null!;
    }

    public struct DiscordJsonError
    {
        public string Path { get; }
    }

    public interface IRateLimitInfo
    {
        bool IsGlobal { get; }
        int? Limit { get; }
        int? Remaining { get; }
        TimeSpan? ResetAfter { get; }
        string Endpoint { get; }
    }

    public class RequestOptions
    {
        public static RequestOptions Default => throw null!;
        public RequestOptions() { }
        public int? Timeout { get; set; }
        public System.Threading.CancellationToken CancelToken { get; set; }
        public RetryMode? RetryMode { get; set; }
        public string AuditLogReason { get; set; }
        public Func<IRateLimitInfo, Task> RatelimitCallback { get; set; }
    }

    public class DiscordConfig
    {
        public const int MaxMessageSize = 2000;
        public const int MaxUsersPerBatch = 1000;
        public RetryMode DefaultRetryMode { get; set; }
        public Func<IRateLimitInfo, Task> DefaultRatelimitCallback { get; set; }
        public LogSeverity LogLevel { get; set; }
    }

    public class Embed
    {
        public string Title { get; }
        public string Description { get; }
    }

    public class EmbedBuilder
    {
        public string Title { get; set; }
        public string Description { get; set; }
        public EmbedBuilder WithTitle(string title) => throw null!;
        public EmbedBuilder WithDescription(string description) => throw null!;
        public Embed Build() => throw null!;
    }

    public class AllowedMentions
    {
        public static AllowedMentions All => throw null!;
        public static AllowedMentions None => throw null!;
        public List<ulong> UserIds { get; set; }
    }

    public class MessageComponent
    {
        public static MessageComponent Empty => throw null!;
    }

    public class ComponentBuilder
    {
        public MessageComponent Build() => throw null!;
    }

    public class MessageReference
    {
        public MessageReference(ulong? messageId = null, ulong? channelId = null, ulong? guildId = null, bool? failIfNotExists = null) { }
    }

    public interface ISticker : IStickerItem
    {
        string Description { get; }
    }

    public interface IStickerItem
    {
        ulong Id { get; }
        string Name { get; }
    }

    public class PollProperties
    {
        public PollMediaProperties Question { get; set; }
    }

    public class PollMediaProperties
    {
        public string Text { get; set; }
    }

    public struct FileAttachment : IDisposable
    {
        public FileAttachment(Stream stream, string fileName, string description = null, bool isSpoiler = false, bool isThumbnail = false) { }
        public FileAttachment(string path, string fileName = null, string description = null, bool isSpoiler = false, bool isThumbnail = false) { }
        public string FileName { get; set; }
        public void Dispose() { }
    }

    public struct Optional<T>
    {
        public T Value { get; }
        public bool IsSpecified { get; }
    }

    public struct Cacheable<TEntity, TId>
        where TEntity : IEntity<TId>
        where TId : IEquatable<TId>
    {
        public bool HasValue { get; }
        public TId Id { get; }
        public TEntity Value { get; }
        public Task<TEntity> DownloadAsync() => throw null!;
        public Task<TEntity> GetOrDownloadAsync() => throw null!;
    }

    public interface IDiscordClient : IDisposable, IAsyncDisposable
    {
        ISelfUser CurrentUser { get; }
        Task StartAsync();
        Task StopAsync();
        Task<IUser> GetUserAsync(ulong id, CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
        Task<IGuild> GetGuildAsync(ulong id, CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
    }

    public interface IUser : ISnowflakeEntity, IMentionable, IPresence
    {
        string Username { get; }
        string Discriminator { get; }
        ushort DiscriminatorValue { get; }
        string GlobalName { get; }
        bool IsBot { get; }
        bool IsWebhook { get; }
        Task<IDMChannel> CreateDMChannelAsync(RequestOptions options = null);
    }

    public interface ISelfUser : IUser
    {
        string Email { get; }
    }

    public interface IGuildUser : IUser
    {
        IGuild Guild { get; }
        ulong GuildId { get; }
        string Nickname { get; }
        string DisplayName { get; }
        DateTimeOffset? JoinedAt { get; }
    }

    public interface IChannel : ISnowflakeEntity
    {
        string Name { get; }
    }

    public interface IMessageChannel : IChannel
    {
        Task<IUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        Task<IUserMessage> SendFileAsync(string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        Task<IUserMessage> SendFileAsync(Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        Task<IUserMessage> SendFileAsync(FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        Task<IUserMessage> SendFilesAsync(IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        Task<IMessage> GetMessageAsync(ulong id, CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
        Task TriggerTypingAsync(RequestOptions options = null);
    }

    public interface IPrivateChannel : IChannel
    {
        IReadOnlyCollection<IUser> Recipients { get; }
    }

    public interface IDMChannel : IMessageChannel, IPrivateChannel
    {
        IUser Recipient { get; }
        Task CloseAsync(RequestOptions options = null);
    }

    public interface IGuildChannel : IChannel, IDeletable
    {
        int Position { get; }
        IGuild Guild { get; }
        ulong GuildId { get; }
    }

    public interface ITextChannel : IMessageChannel, IMentionable, IGuildChannel
    {
        string Topic { get; }
        bool IsNsfw { get; }
    }

    public interface IGuild : IDeletable, ISnowflakeEntity
    {
        string Name { get; }
        ulong OwnerId { get; }
        ulong? SystemChannelId { get; }
        Task<ITextChannel> GetSystemChannelAsync(CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
        Task<ITextChannel> GetDefaultChannelAsync(CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
        Task<IReadOnlyCollection<IGuildUser>> GetUsersAsync(CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
        Task<IGuildUser> GetUserAsync(ulong id, CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
        Task DownloadUsersAsync();
        Task<IReadOnlyCollection<IGuildUser>> SearchUsersAsync(string query, int limit = DiscordConfig.MaxUsersPerBatch, CacheMode mode = CacheMode.AllowDownload, RequestOptions options = null);
    }

    public interface IMessage : ISnowflakeEntity, IDeletable
    {
        MessageSource Source { get; }
        IUser Author { get; }
        IMessageChannel Channel { get; }
        string Content { get; }
        string CleanContent { get; }
        DateTimeOffset Timestamp { get; }
        IReadOnlyCollection<ulong> MentionedUserIds { get; }
        MessageReference Reference { get; }
    }

    public interface IUserMessage : IMessage
    {
        IUserMessage ReferencedMessage { get; }
    }

    public interface IDiscordInteraction : ISnowflakeEntity
    {
        ulong? ChannelId { get; }
        ulong? GuildId { get; }
        IUser User { get; }
        string Token { get; }
        bool HasResponded { get; }
        Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null);
        Task<IUserMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null);
        Task DeferAsync(bool ephemeral = false, RequestOptions options = null);
    }

    public interface IInteractionContext
    {
        IDiscordClient Client { get; }
        IGuild Guild { get; }
        IMessageChannel Channel { get; }
        IUser User { get; }
        IDiscordInteraction Interaction { get; }
    }

    /// <summary>Extension methods for users; <c>SendMessageAsync</c> opens a DM channel and posts in it.</summary>
    public static class UserExtensions
    {
        public static Task<IUserMessage> SendMessageAsync(this IUser user, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed[] embeds = null) => throw null!;
        public static Task<IUserMessage> SendFileAsync(this IUser user, Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, MessageComponent components = null, Embed[] embeds = null) => throw null!;
        public static Task<IUserMessage> SendFileAsync(this IUser user, string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, MessageComponent components = null, Embed[] embeds = null) => throw null!;
        public static Task<IUserMessage> SendFileAsync(this IUser user, FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, MessageComponent components = null, Embed[] embeds = null) => throw null!;
        public static Task<IUserMessage> SendFilesAsync(this IUser user, IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, MessageComponent components = null, Embed[] embeds = null) => throw null!;
        public static Task BanAsync(this IGuildUser user, int pruneDays = 0, string reason = null, RequestOptions options = null) => throw null!;
    }

    public static class MessageExtensions
    {
        public static Task<IUserMessage> ReplyAsync(this IUserMessage msg, string text = null, bool isTTS = false, Embed embed = null, AllowedMentions allowedMentions = null, RequestOptions options = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None) => throw null!;
        public static string GetJumpUrl(this IMessage msg) => throw null!;
    }
}

namespace Discord.Net
{
    public interface IRequest
    {
        DateTimeOffset? TimeoutAt { get; }
        RequestOptions Options { get; }
    }

    public class RateLimitedException : TimeoutException
    {
        public RateLimitedException(IRequest request) { }
        public IRequest Request { get; }
    }

    public class HttpException : Exception
    {
        public HttpException(HttpStatusCode httpCode, IRequest request, DiscordErrorCode? discordCode = null, string reason = null, DiscordJsonError[] errors = null) { }
        public HttpStatusCode HttpCode { get; }
        public DiscordErrorCode? DiscordCode { get; }
        public string Reason { get; }
        public IRequest Request { get; }
        public IReadOnlyCollection<DiscordJsonError> Errors { get; }
    }
}

namespace Discord.Rest
{
    public abstract class BaseDiscordClient : IDiscordClient
    {
        public event Func<LogMessage, Task> Log;
        public event Func<Task> LoggedIn;
        public LoginState LoginState { get; }
        public ISelfUser CurrentUser { get; protected set; }
        public Task LoginAsync(TokenType tokenType, string token, bool validateToken = true) => throw null!;
        public Task LogoutAsync() => throw null!;
        public virtual Task StartAsync() => throw null!;
        public virtual Task StopAsync() => throw null!;
        Task<IUser> IDiscordClient.GetUserAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
        Task<IGuild> IDiscordClient.GetGuildAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
        public void Dispose() { }
        public ValueTask DisposeAsync() => throw null!;
    }

    public enum LoginState { LoggedOut, LoggingIn, LoggedIn, LoggingOut }

    public class DiscordRestClient : BaseDiscordClient
    {
        public DiscordRestClient() { }
        public Task<RestUser> GetUserAsync(ulong id, RequestOptions options = null) => throw null!;
        public Task<RestGuild> GetGuildAsync(ulong id, RequestOptions options = null) => throw null!;
    }

    public abstract class RestEntity<T> : IEntity<T> where T : IEquatable<T>
    {
        public T Id { get; }
    }

    public class RestUser : RestEntity<ulong>, IUser, IUpdateable
    {
        public bool IsBot { get; }
        public string Username { get; }
        public ushort DiscriminatorValue { get; }
        public string Discriminator => throw null!;
        public string GlobalName { get; }
        public bool IsWebhook { get; }
        public DateTimeOffset CreatedAt => throw null!;
        public string Mention => throw null!;
        public UserStatus Status => throw null!;
        public Task UpdateAsync(RequestOptions options = null) => throw null!;
        public Task<RestDMChannel> CreateDMChannelAsync(RequestOptions options = null) => throw null!;
        async Task<IDMChannel> IUser.CreateDMChannelAsync(RequestOptions options) => await CreateDMChannelAsync(options);
        public override string ToString() => throw null!;
    }

    public interface IUpdateable
    {
        Task UpdateAsync(RequestOptions options = null);
    }

    public class RestGuildUser : RestUser, IGuildUser
    {
        public ulong GuildId { get; }
        public string Nickname { get; }
        public string DisplayName => throw null!;
        public DateTimeOffset? JoinedAt { get; }
        IGuild IGuildUser.Guild => throw null!;
    }

    public interface IRestMessageChannel : IMessageChannel
    {
        new Task<RestUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
    }

    public interface IRestPrivateChannel : IPrivateChannel
    {
        new IReadOnlyCollection<RestUser> Recipients { get; }
    }

    public class RestChannel : RestEntity<ulong>, IChannel
    {
        public DateTimeOffset CreatedAt => throw null!;
        string IChannel.Name => throw null!;
    }

    public class RestDMChannel : RestChannel, IDMChannel, IRestPrivateChannel, IRestMessageChannel
    {
        public RestUser CurrentUser { get; }
        public RestUser Recipient { get; }
        public IReadOnlyCollection<RestUser> Users => throw null!;
        IUser IDMChannel.Recipient => Recipient;
        IReadOnlyCollection<RestUser> IRestPrivateChannel.Recipients => throw null!;
        IReadOnlyCollection<IUser> IPrivateChannel.Recipients => throw null!;
        public Task CloseAsync(RequestOptions options = null) => throw null!;
        public Task<RestUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFileAsync(string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFileAsync(Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFileAsync(FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFilesAsync(IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestMessage> GetMessageAsync(ulong id, RequestOptions options = null) => throw null!;
        public Task TriggerTypingAsync(RequestOptions options = null) => throw null!;
        async Task<IUserMessage> IMessageChannel.SendMessageAsync(string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendMessageAsync(text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(string filePath, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(filePath, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(Stream stream, string filename, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(stream, filename, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(FileAttachment attachment, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(attachment, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFilesAsync(IEnumerable<FileAttachment> attachments, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFilesAsync(attachments, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        Task<IMessage> IMessageChannel.GetMessageAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
        string IChannel.Name => throw null!;
    }

    public class RestGuildChannel : RestChannel, IGuildChannel
    {
        public string Name { get; }
        public int Position { get; }
        public ulong GuildId { get; }
        IGuild IGuildChannel.Guild => throw null!;
        public Task DeleteAsync(RequestOptions options = null) => throw null!;
    }

    public class RestTextChannel : RestGuildChannel, IRestMessageChannel, ITextChannel
    {
        public string Topic { get; }
        public bool IsNsfw { get; }
        public string Mention => throw null!;
        public virtual Task<RestUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFileAsync(string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFileAsync(Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFileAsync(FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFilesAsync(IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task TriggerTypingAsync(RequestOptions options = null) => throw null!;
        async Task<IUserMessage> IMessageChannel.SendMessageAsync(string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendMessageAsync(text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(string filePath, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(filePath, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(Stream stream, string filename, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(stream, filename, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(FileAttachment attachment, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(attachment, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFilesAsync(IEnumerable<FileAttachment> attachments, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFilesAsync(attachments, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        Task<IMessage> IMessageChannel.GetMessageAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
    }

    public class RestGuild : RestEntity<ulong>, IGuild, IUpdateable
    {
        public string Name { get; }
        public ulong OwnerId { get; }
        public ulong? SystemChannelId { get; }
        public DateTimeOffset CreatedAt => throw null!;
        public Task UpdateAsync(RequestOptions options = null) => throw null!;
        public Task DeleteAsync(RequestOptions options = null) => throw null!;
        public Task<RestTextChannel> GetSystemChannelAsync(RequestOptions options = null) => throw null!;
        public Task<RestTextChannel> GetDefaultChannelAsync(RequestOptions options = null) => throw null!;
        public IAsyncEnumerable<IReadOnlyCollection<RestGuildUser>> GetUsersAsync(RequestOptions options = null) => throw null!;
        public Task<RestGuildUser> GetUserAsync(ulong id, RequestOptions options = null) => throw null!;
        public Task<IReadOnlyCollection<RestGuildUser>> SearchUsersAsync(string query, int limit = DiscordConfig.MaxUsersPerBatch, RequestOptions options = null) => throw null!;
        async Task<ITextChannel> IGuild.GetSystemChannelAsync(CacheMode mode, RequestOptions options) => await GetSystemChannelAsync(options);
        async Task<ITextChannel> IGuild.GetDefaultChannelAsync(CacheMode mode, RequestOptions options) => await GetDefaultChannelAsync(options);
        Task<IReadOnlyCollection<IGuildUser>> IGuild.GetUsersAsync(CacheMode mode, RequestOptions options) => throw null!;
        Task<IGuildUser> IGuild.GetUserAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
        Task IGuild.DownloadUsersAsync() => throw null!;
        Task<IReadOnlyCollection<IGuildUser>> IGuild.SearchUsersAsync(string query, int limit, CacheMode mode, RequestOptions options) => throw null!;
    }

    public abstract class RestMessage : RestEntity<ulong>, IMessage, IUpdateable
    {
        public IUser Author { get; }
        public MessageSource Source { get; }
        public IMessageChannel Channel { get; }
        public string Content { get; }
        public string CleanContent => throw null!;
        public DateTimeOffset Timestamp => throw null!;
        public DateTimeOffset CreatedAt => throw null!;
        public IReadOnlyCollection<ulong> MentionedUserIds => throw null!;
        public MessageReference Reference { get; }
        public Task UpdateAsync(RequestOptions options = null) => throw null!;
        public Task DeleteAsync(RequestOptions options = null) => throw null!;
    }

    public class RestUserMessage : RestMessage, IUserMessage
    {
        public IUserMessage ReferencedMessage { get; }
    }

    public class RestFollowupMessage : RestUserMessage
    {
        public string Token { get; }
    }

    public abstract class RestInteraction : RestEntity<ulong>, IDiscordInteraction
    {
        public RestUser User { get; }
        public ulong? ChannelId { get; }
        public ulong? GuildId { get; }
        public string Token { get; }
        public bool HasResponded { get; }
        public DateTimeOffset CreatedAt => throw null!;
        IUser IDiscordInteraction.User => User;
        public abstract string Respond(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null);
        public abstract Task<RestFollowupMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null);
        public abstract string Defer(bool ephemeral = false, RequestOptions options = null);
        Task IDiscordInteraction.RespondAsync(string text, Embed[] embeds, bool isTTS, bool ephemeral, AllowedMentions allowedMentions, MessageComponent components, Embed embed, RequestOptions options, PollProperties poll) => throw null!;
        async Task<IUserMessage> IDiscordInteraction.FollowupAsync(string text, Embed[] embeds, bool isTTS, bool ephemeral, AllowedMentions allowedMentions, MessageComponent components, Embed embed, RequestOptions options, PollProperties poll) => await FollowupAsync(text, embeds, isTTS, ephemeral, allowedMentions, components, embed, options, poll);
        Task IDiscordInteraction.DeferAsync(bool ephemeral, RequestOptions options) => throw null!;
    }
}

namespace Discord.WebSocket
{
    using Discord.Rest;

    public class DiscordSocketConfig : DiscordConfig
    {
        public GatewayIntents GatewayIntents { get; set; }
        public bool AlwaysDownloadUsers { get; set; }
        public int MessageCacheSize { get; set; }
    }

    public abstract class SocketEntity<T> : IEntity<T> where T : IEquatable<T>
    {
        public T Id { get; }
    }

    public abstract partial class BaseSocketClient : BaseDiscordClient, IDiscordClient
    {
        public abstract int Latency { get; protected set; }
        public abstract IReadOnlyCollection<SocketGuild> Guilds { get; }
        public abstract Task DownloadUsersAsync(IEnumerable<IGuild> guilds);
        public abstract SocketGuild GetGuild(ulong id);
        public abstract SocketUser GetUser(ulong id);
        public abstract SocketUser GetUser(string username, string discriminator = null);
        public abstract SocketChannel GetChannel(ulong id);
        public abstract Task SetGameAsync(string name, string streamUrl = null, ActivityType type = ActivityType.Playing);

        // Channels
        public event Func<SocketChannel, Task> ChannelCreated;
        public event Func<SocketChannel, Task> ChannelDestroyed;
        // Messages
        public event Func<SocketMessage, Task> MessageReceived;
        public event Func<Cacheable<IMessage, ulong>, Cacheable<IMessageChannel, ulong>, Task> MessageDeleted;
        public event Func<Cacheable<IMessage, ulong>, SocketMessage, ISocketMessageChannel, Task> MessageUpdated;
        // Guilds
        public event Func<SocketGuild, Task> JoinedGuild;
        public event Func<SocketGuild, Task> LeftGuild;
        public event Func<SocketGuild, Task> GuildAvailable;
        public event Func<SocketGuild, Task> GuildMembersDownloaded;
        // Users
        public event Func<SocketGuildUser, Task> UserJoined;
        public event Func<SocketGuild, SocketUser, Task> UserLeft;
        public event Func<SocketUser, SocketGuild, Task> UserBanned;
        public event Func<SocketUser, SocketUser, Task> UserUpdated;
        public event Func<Cacheable<SocketGuildUser, ulong>, SocketGuildUser, Task> GuildMemberUpdated;
        public event Func<SocketThreadUser, Task> ThreadMemberJoined;
        public event Func<SocketThreadUser, Task> ThreadMemberLeft;
        // Interactions
        public event Func<SocketInteraction, Task> InteractionCreated;
        public event Func<SocketMessageComponent, Task> ButtonExecuted;
        public event Func<SocketMessageComponent, Task> SelectMenuExecuted;
        public event Func<SocketSlashCommand, Task> SlashCommandExecuted;
        public event Func<SocketUserCommand, Task> UserCommandExecuted;
        public event Func<SocketMessageCommand, Task> MessageCommandExecuted;
        public event Func<SocketAutocompleteInteraction, Task> AutocompleteExecuted;
        public event Func<SocketModal, Task> ModalSubmitted;
    }

    public enum ActivityType { Playing = 0, Streaming = 1, Listening = 2, Watching = 3, CustomStatus = 4, Competing = 5 }

    public partial class DiscordSocketClient : BaseSocketClient, IDiscordClient
    {
        public DiscordSocketClient() { }
        public DiscordSocketClient(DiscordSocketConfig config) { }
        public event Func<Task> Connected;
        public event Func<Exception, Task> Disconnected;
        public event Func<Task> Ready;
        public override int Latency { get; protected set; }
        public override IReadOnlyCollection<SocketGuild> Guilds => throw null!;
        public SocketSelfUser CurrentUser { get; }
        public override Task StartAsync() => throw null!;
        public override Task StopAsync() => throw null!;
        public override Task DownloadUsersAsync(IEnumerable<IGuild> guilds) => throw null!;
        public override SocketGuild GetGuild(ulong id) => throw null!;
        public override SocketUser GetUser(ulong id) => throw null!;
        public override SocketUser GetUser(string username, string discriminator = null) => throw null!;
        public override SocketChannel GetChannel(ulong id) => throw null!;
        public override Task SetGameAsync(string name, string streamUrl = null, ActivityType type = ActivityType.Playing) => throw null!;
        public Task<IUser> GetUserAsync(ulong id, RequestOptions options = null) => throw null!;
    }

    public partial class DiscordShardedClient : BaseSocketClient, IDiscordClient
    {
        public DiscordShardedClient() { }
        public DiscordShardedClient(DiscordSocketConfig config) { }
        public event Func<DiscordSocketClient, Task> ShardReady;
        public IReadOnlyCollection<DiscordSocketClient> Shards => throw null!;
        public override int Latency { get; protected set; }
        public override IReadOnlyCollection<SocketGuild> Guilds => throw null!;
        public override Task StartAsync() => throw null!;
        public override Task StopAsync() => throw null!;
        public override Task DownloadUsersAsync(IEnumerable<IGuild> guilds) => throw null!;
        public override SocketGuild GetGuild(ulong id) => throw null!;
        public override SocketUser GetUser(ulong id) => throw null!;
        public override SocketUser GetUser(string username, string discriminator = null) => throw null!;
        public override SocketChannel GetChannel(ulong id) => throw null!;
        public override Task SetGameAsync(string name, string streamUrl = null, ActivityType type = ActivityType.Playing) => throw null!;
    }

    public abstract class SocketUser : SocketEntity<ulong>, IUser
    {
        public abstract bool IsBot { get; internal set; }
        public abstract string Username { get; internal set; }
        public abstract ushort DiscriminatorValue { get; internal set; }
        public abstract bool IsWebhook { get; }
        public string GlobalName { get; internal set; }
        public string Discriminator => throw null!;
        public string Mention => throw null!;
        public UserStatus Status => throw null!;
        public DateTimeOffset CreatedAt => throw null!;
        public IReadOnlyCollection<SocketGuild> MutualGuilds => throw null!;
        public Task<IDMChannel> CreateDMChannelAsync(RequestOptions options = null) => throw null!;
        public override string ToString() => throw null!;
    }

    public class SocketGuildUser : SocketUser, IGuildUser
    {
        public SocketGuild Guild { get; }
        public string Nickname { get; internal set; }
        public string DisplayName => throw null!;
        public DateTimeOffset? JoinedAt => throw null!;
        public override bool IsBot { get; internal set; }
        public override string Username { get; internal set; }
        public override ushort DiscriminatorValue { get; internal set; }
        public override bool IsWebhook => false;
        IGuild IGuildUser.Guild => Guild;
        ulong IGuildUser.GuildId => Guild.Id;
        public Task KickAsync(string reason = null, RequestOptions options = null) => throw null!;
    }

    public class SocketSelfUser : SocketUser, ISelfUser
    {
        public string Email { get; }
        public override bool IsBot { get; internal set; }
        public override string Username { get; internal set; }
        public override ushort DiscriminatorValue { get; internal set; }
        public override bool IsWebhook => false;
    }

    public class SocketThreadUser : SocketUser
    {
        public SocketGuildUser GuildUser { get; }
        public SocketGuild Guild { get; }
        public override bool IsBot { get; internal set; }
        public override string Username { get; internal set; }
        public override ushort DiscriminatorValue { get; internal set; }
        public override bool IsWebhook => false;
    }

    public interface ISocketMessageChannel : IMessageChannel
    {
        IReadOnlyCollection<SocketMessage> CachedMessages { get; }
        new Task<RestUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        new Task<RestUserMessage> SendFileAsync(string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        new Task<RestUserMessage> SendFileAsync(Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        new Task<RestUserMessage> SendFileAsync(FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
        new Task<RestUserMessage> SendFilesAsync(IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null);
    }

    public interface ISocketPrivateChannel : IPrivateChannel
    {
        new IReadOnlyCollection<SocketUser> Recipients { get; }
    }

    public abstract class SocketChannel : SocketEntity<ulong>, IChannel
    {
        public DateTimeOffset CreatedAt => throw null!;
        public IReadOnlyCollection<SocketUser> Users => throw null!;
        string IChannel.Name => throw null!;
    }

    public class SocketGuildChannel : SocketChannel, IGuildChannel
    {
        public SocketGuild Guild { get; }
        public string Name { get; private set; }
        public int Position { get; private set; }
        IGuild IGuildChannel.Guild => Guild;
        ulong IGuildChannel.GuildId => Guild.Id;
        public Task DeleteAsync(RequestOptions options = null) => throw null!;
    }

    public class SocketTextChannel : SocketGuildChannel, ITextChannel, ISocketMessageChannel
    {
        public string Topic { get; private set; }
        public bool IsNsfw { get; private set; }
        public string Mention => throw null!;
        public IReadOnlyCollection<SocketMessage> CachedMessages => throw null!;
        public virtual Task<RestUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFileAsync(string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFileAsync(Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFileAsync(FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public virtual Task<RestUserMessage> SendFilesAsync(IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task TriggerTypingAsync(RequestOptions options = null) => throw null!;
        async Task<IUserMessage> IMessageChannel.SendMessageAsync(string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendMessageAsync(text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(string filePath, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(filePath, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(Stream stream, string filename, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(stream, filename, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(FileAttachment attachment, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(attachment, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFilesAsync(IEnumerable<FileAttachment> attachments, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFilesAsync(attachments, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        Task<IMessage> IMessageChannel.GetMessageAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
    }

    public class SocketDMChannel : SocketChannel, IDMChannel, ISocketPrivateChannel, ISocketMessageChannel
    {
        public SocketUser Recipient { get; }
        public IReadOnlyCollection<SocketMessage> CachedMessages => throw null!;
        IUser IDMChannel.Recipient => Recipient;
        IReadOnlyCollection<SocketUser> ISocketPrivateChannel.Recipients => throw null!;
        IReadOnlyCollection<IUser> IPrivateChannel.Recipients => throw null!;
        public Task CloseAsync(RequestOptions options = null) => throw null!;
        public Task<RestUserMessage> SendMessageAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFileAsync(string filePath, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFileAsync(Stream stream, string filename, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, bool isSpoiler = false, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFileAsync(FileAttachment attachment, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task<RestUserMessage> SendFilesAsync(IEnumerable<FileAttachment> attachments, string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        public Task TriggerTypingAsync(RequestOptions options = null) => throw null!;
        async Task<IUserMessage> IMessageChannel.SendMessageAsync(string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendMessageAsync(text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(string filePath, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(filePath, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(Stream stream, string filename, string text, bool isTTS, Embed embed, RequestOptions options, bool isSpoiler, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(stream, filename, text, isTTS, embed, options, isSpoiler, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFileAsync(FileAttachment attachment, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFileAsync(attachment, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        async Task<IUserMessage> IMessageChannel.SendFilesAsync(IEnumerable<FileAttachment> attachments, string text, bool isTTS, Embed embed, RequestOptions options, AllowedMentions allowedMentions, MessageReference messageReference, MessageComponent components, ISticker[] stickers, Embed[] embeds, MessageFlags flags, PollProperties poll) => await SendFilesAsync(attachments, text, isTTS, embed, options, allowedMentions, messageReference, components, stickers, embeds, flags, poll);
        Task<IMessage> IMessageChannel.GetMessageAsync(ulong id, CacheMode mode, RequestOptions options) => throw null!;
    }

    public class SocketGuild : SocketEntity<ulong>, IGuild, IDisposable
    {
        public string Name { get; private set; }
        public ulong OwnerId { get; private set; }
        public int MemberCount { get; internal set; }
        public int DownloadedMemberCount { get; private set; }
        public bool HasAllMembers => throw null!;
        public DateTimeOffset CreatedAt => throw null!;
        public SocketGuildUser Owner => throw null!;
        public SocketGuildUser CurrentUser => throw null!;
        public SocketTextChannel DefaultChannel => throw null!;
        public SocketTextChannel SystemChannel => throw null!;
        public SocketTextChannel RulesChannel => throw null!;
        public IReadOnlyCollection<SocketTextChannel> TextChannels => throw null!;
        public IReadOnlyCollection<SocketGuildChannel> Channels => throw null!;
        public IReadOnlyCollection<SocketGuildUser> Users => throw null!;
        public SocketGuildUser GetUser(ulong id) => throw null!;
        public SocketTextChannel GetTextChannel(ulong id) => throw null!;
        public SocketGuildChannel GetChannel(ulong id) => throw null!;
        public Task DownloadUsersAsync() => throw null!;
        public IAsyncEnumerable<IReadOnlyCollection<IGuildUser>> GetUsersAsync(RequestOptions options = null) => throw null!;
        public Task<IReadOnlyCollection<RestGuildUser>> SearchUsersAsync(string query, int limit = DiscordConfig.MaxUsersPerBatch, RequestOptions options = null) => throw null!;
        public Task DeleteAsync(RequestOptions options = null) => throw null!;
        public void Dispose() { }
        ulong? IGuild.SystemChannelId => throw null!;
        Task<ITextChannel> IGuild.GetSystemChannelAsync(CacheMode mode, RequestOptions options) => Task.FromResult<ITextChannel>(SystemChannel);
        Task<ITextChannel> IGuild.GetDefaultChannelAsync(CacheMode mode, RequestOptions options) => Task.FromResult<ITextChannel>(DefaultChannel);
        Task<IReadOnlyCollection<IGuildUser>> IGuild.GetUsersAsync(CacheMode mode, RequestOptions options) => throw null!;
        Task<IGuildUser> IGuild.GetUserAsync(ulong id, CacheMode mode, RequestOptions options) => Task.FromResult<IGuildUser>(GetUser(id));
        Task<IReadOnlyCollection<IGuildUser>> IGuild.SearchUsersAsync(string query, int limit, CacheMode mode, RequestOptions options) => throw null!;
    }

    public abstract class SocketMessage : SocketEntity<ulong>, IMessage
    {
        public SocketUser Author { get; }
        public ISocketMessageChannel Channel { get; }
        public MessageSource Source { get; }
        public string Content { get; private set; }
        public string CleanContent => throw null!;
        public DateTimeOffset Timestamp => throw null!;
        public DateTimeOffset CreatedAt => throw null!;
        public virtual IReadOnlyCollection<SocketUser> MentionedUsers => throw null!;
        public virtual MessageReference Reference { get; private set; }
        IUser IMessage.Author => Author;
        IMessageChannel IMessage.Channel => Channel;
        IReadOnlyCollection<ulong> IMessage.MentionedUserIds => throw null!;
        public Task DeleteAsync(RequestOptions options = null) => throw null!;
        public override string ToString() => throw null!;
    }

    public class SocketUserMessage : SocketMessage, IUserMessage
    {
        public SocketUserMessage ReferencedMessage { get; }
        IUserMessage IUserMessage.ReferencedMessage => ReferencedMessage;
    }

    public class SocketSystemMessage : SocketMessage
    {
    }

    public abstract class SocketInteraction : SocketEntity<ulong>, IDiscordInteraction
    {
        public ISocketMessageChannel Channel { get; private set; }
        public ulong? ChannelId { get; private set; }
        public SocketUser User { get; private set; }
        public ulong? GuildId { get; private set; }
        public string Token { get; private set; }
        public bool HasResponded { get; internal set; }
        public bool IsDMInteraction { get; private set; }
        public DateTimeOffset CreatedAt => throw null!;
        IUser IDiscordInteraction.User => User;
        public abstract Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null);
        public abstract Task<RestFollowupMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null);
        public abstract Task DeferAsync(bool ephemeral = false, RequestOptions options = null);
        public Task<RestInteractionMessage> GetOriginalResponseAsync(RequestOptions options = null) => throw null!;
        Task IDiscordInteraction.RespondAsync(string text, Embed[] embeds, bool isTTS, bool ephemeral, AllowedMentions allowedMentions, MessageComponent components, Embed embed, RequestOptions options, PollProperties poll) => RespondAsync(text, embeds, isTTS, ephemeral, allowedMentions, components, embed, options, poll);
        async Task<IUserMessage> IDiscordInteraction.FollowupAsync(string text, Embed[] embeds, bool isTTS, bool ephemeral, AllowedMentions allowedMentions, MessageComponent components, Embed embed, RequestOptions options, PollProperties poll) => await FollowupAsync(text, embeds, isTTS, ephemeral, allowedMentions, components, embed, options, poll);
        Task IDiscordInteraction.DeferAsync(bool ephemeral, RequestOptions options) => DeferAsync(ephemeral, options);
    }

    public class RestInteractionMessage : RestUserMessage
    {
    }

    public class SocketCommandBase : SocketInteraction
    {
        public virtual string CommandName => throw null!;
        public virtual ulong CommandId => throw null!;
        public override Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task<RestFollowupMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task DeferAsync(bool ephemeral = false, RequestOptions options = null) => throw null!;
    }

    public class SocketSlashCommandData
    {
        public string Name { get; }
        public IReadOnlyCollection<SocketSlashCommandDataOption> Options { get; }
    }

    public class SocketSlashCommandDataOption
    {
        public string Name { get; }
        public object Value { get; }
    }

    public class SocketSlashCommand : SocketCommandBase
    {
        public SocketSlashCommandData Data { get; }
    }

    public class SocketUserCommand : SocketCommandBase
    {
    }

    public class SocketMessageCommand : SocketCommandBase
    {
    }

    public class SocketMessageComponentData
    {
        public string CustomId { get; }
    }

    public class SocketMessageComponent : SocketInteraction
    {
        public SocketMessageComponentData Data { get; }
        public SocketUserMessage Message { get; private set; }
        public override Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task<RestFollowupMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task DeferAsync(bool ephemeral = false, RequestOptions options = null) => throw null!;
    }

    public class SocketModal : SocketInteraction
    {
        public override Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task<RestFollowupMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task DeferAsync(bool ephemeral = false, RequestOptions options = null) => throw null!;
    }

    public class SocketAutocompleteInteraction : SocketInteraction
    {
        public override Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task<RestFollowupMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, MessageComponent components = null, Embed embed = null, RequestOptions options = null, PollProperties poll = null) => throw null!;
        public override Task DeferAsync(bool ephemeral = false, RequestOptions options = null) => throw null!;
    }
}

namespace Discord.Webhook
{
    public class DiscordWebhookClient : IDisposable
    {
        public DiscordWebhookClient(string webhookUrl) { }
        public DiscordWebhookClient(ulong webhookId, string webhookToken) { }
        public Task<ulong> SendMessageAsync(string text = null, bool isTTS = false, IEnumerable<Embed> embeds = null, string username = null, string avatarUrl = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageComponent components = null, MessageFlags flags = MessageFlags.None, ulong? threadId = null, string threadName = null, ulong[] appliedTags = null, PollProperties poll = null) => throw null!;
        public void Dispose() { }
    }
}

namespace Discord.Commands
{
    using Discord.WebSocket;

    public interface ICommandContext
    {
        IDiscordClient Client { get; }
        IGuild Guild { get; }
        IMessageChannel Channel { get; }
        IUser User { get; }
        IUserMessage Message { get; }
    }

    public class CommandContext : ICommandContext
    {
        public CommandContext(IDiscordClient client, IUserMessage msg) { }
        public IDiscordClient Client { get; }
        public IGuild Guild { get; }
        public IMessageChannel Channel { get; }
        public IUser User { get; }
        public IUserMessage Message { get; }
        public bool IsPrivate => throw null!;
    }

    public class SocketCommandContext : ICommandContext
    {
        public SocketCommandContext(DiscordSocketClient client, SocketUserMessage msg) { }
        public DiscordSocketClient Client { get; }
        public SocketGuild Guild { get; }
        public ISocketMessageChannel Channel { get; }
        public SocketUser User { get; }
        public SocketUserMessage Message { get; }
        public bool IsPrivate => throw null!;
        IDiscordClient ICommandContext.Client => Client;
        IGuild ICommandContext.Guild => Guild;
        IMessageChannel ICommandContext.Channel => Channel;
        IUser ICommandContext.User => User;
        IUserMessage ICommandContext.Message => Message;
    }

    public interface IModuleBase
    {
        void SetContext(ICommandContext context);
    }

    public abstract class ModuleBase<T> : IModuleBase where T : class, ICommandContext
    {
        public T Context { get; private set; }
        protected virtual Task<IUserMessage> ReplyAsync(string message = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None) => throw null!;
        protected virtual void BeforeExecute(CommandInfo command) { }
        protected virtual void AfterExecute(CommandInfo command) { }
        void IModuleBase.SetContext(ICommandContext context) { }
    }

    public abstract class ModuleBase : ModuleBase<ICommandContext>
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public class CommandAttribute : Attribute
    {
        public CommandAttribute() { }
        public CommandAttribute(string text) { }
        public CommandAttribute(string text, bool ignoreExtraArgs) { }
        public string Text { get; }
        public bool? IgnoreExtraArgs { get; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
    public class SummaryAttribute : Attribute
    {
        public SummaryAttribute(string text) { }
        public string Text { get; }
    }

    public class CommandInfo
    {
        public string Name { get; }
    }

    public enum MultiMatchHandling { Exception, Best }

    public interface IResult
    {
        bool IsSuccess { get; }
        string ErrorReason { get; }
    }

    public class CommandServiceConfig
    {
        public bool CaseSensitiveCommands { get; set; }
    }

    public class CommandService : IDisposable
    {
        public CommandService() { }
        public CommandService(CommandServiceConfig config) { }
        public event Func<Optional<CommandInfo>, ICommandContext, IResult, Task> CommandExecuted;
        public Task<IEnumerable<ModuleInfo>> AddModulesAsync(Assembly assembly, IServiceProvider services) => throw null!;
        public Task<ModuleInfo> AddModuleAsync<T>(IServiceProvider services) => throw null!;
        public Task<IResult> ExecuteAsync(ICommandContext context, int argPos, IServiceProvider services, MultiMatchHandling multiMatchHandling = MultiMatchHandling.Exception) => throw null!;
        public Task<IResult> ExecuteAsync(ICommandContext context, string input, IServiceProvider services, MultiMatchHandling multiMatchHandling = MultiMatchHandling.Exception) => throw null!;
        public void Dispose() { }
    }

    public class ModuleInfo
    {
        public string Name { get; }
    }

    public static class MessageExtensions
    {
        public static bool HasCharPrefix(this IUserMessage msg, char c, ref int argPos) => throw null!;
        public static bool HasStringPrefix(this IUserMessage msg, string str, ref int argPos, StringComparison comparisonType = StringComparison.Ordinal) => throw null!;
        public static bool HasMentionPrefix(this IUserMessage msg, IUser user, ref int argPos) => throw null!;
    }
}

namespace Discord.Interactions
{
    using Discord.WebSocket;

    public enum RunMode { Default, Sync, Async }

    public interface IInteractionModuleBase
    {
        void SetContext(IInteractionContext context);
    }

    public abstract class InteractionModuleBase<T> : IInteractionModuleBase where T : class, IInteractionContext
    {
        public T Context { get; private set; }
        public virtual void BeforeExecute(ICommandInfo command) { }
        public virtual void AfterExecute(ICommandInfo command) { }
        protected virtual Task DeferAsync(bool ephemeral = false, RequestOptions options = null) => throw null!;
        protected virtual Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, RequestOptions options = null, MessageComponent components = null, Embed embed = null, PollProperties poll = null) => throw null!;
        protected virtual Task<IUserMessage> FollowupAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, RequestOptions options = null, MessageComponent components = null, Embed embed = null, PollProperties poll = null) => throw null!;
        protected virtual Task<IUserMessage> ReplyAsync(string text = null, bool isTTS = false, Embed embed = null, RequestOptions options = null, AllowedMentions allowedMentions = null, MessageReference messageReference = null, MessageComponent components = null, ISticker[] stickers = null, Embed[] embeds = null, MessageFlags flags = MessageFlags.None, PollProperties poll = null) => throw null!;
        protected virtual Task<IUserMessage> GetOriginalResponseAsync(RequestOptions options = null) => throw null!;
        protected virtual Task DeleteOriginalResponseAsync() => throw null!;
        void IInteractionModuleBase.SetContext(IInteractionContext context) { }
    }

    public abstract class InteractionModuleBase : InteractionModuleBase<IInteractionContext>
    {
    }

    public abstract class RestInteractionModuleBase<T> : InteractionModuleBase<T> where T : class, IInteractionContext
    {
        protected override Task DeferAsync(bool ephemeral = false, RequestOptions options = null) => throw null!;
        protected override Task RespondAsync(string text = null, Embed[] embeds = null, bool isTTS = false, bool ephemeral = false, AllowedMentions allowedMentions = null, RequestOptions options = null, MessageComponent components = null, Embed embed = null, PollProperties poll = null) => throw null!;
    }

    public interface IRouteMatchContainer
    {
    }

    public class SocketInteractionContext<TInteraction> : IInteractionContext, IRouteMatchContainer where TInteraction : SocketInteraction
    {
        public SocketInteractionContext(DiscordSocketClient client, TInteraction interaction) { }
        public DiscordSocketClient Client { get; }
        public SocketGuild Guild { get; }
        public ISocketMessageChannel Channel { get; }
        public SocketUser User { get; }
        public TInteraction Interaction { get; }
        IDiscordClient IInteractionContext.Client => Client;
        IGuild IInteractionContext.Guild => Guild;
        IMessageChannel IInteractionContext.Channel => Channel;
        IUser IInteractionContext.User => User;
        IDiscordInteraction IInteractionContext.Interaction => Interaction;
    }

    public class SocketInteractionContext : SocketInteractionContext<SocketInteraction>
    {
        public SocketInteractionContext(DiscordSocketClient client, SocketInteraction interaction) : base(client, interaction) { }
    }

    public interface ICommandInfo
    {
        string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public class SlashCommandAttribute : Attribute
    {
        public SlashCommandAttribute(string name, string description, bool ignoreGroupNames = false, RunMode runMode = RunMode.Default) { }
        public string Name { get; }
        public string Description { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public abstract class ContextCommandAttribute : Attribute
    {
        public string Name { get; }
    }

    public class UserCommandAttribute : ContextCommandAttribute
    {
        public UserCommandAttribute(string name) { }
    }

    public class MessageCommandAttribute : ContextCommandAttribute
    {
        public MessageCommandAttribute(string name) { }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true, Inherited = true)]
    public class ComponentInteractionAttribute : Attribute
    {
        public ComponentInteractionAttribute(string customId, bool ignoreGroupNames = false, RunMode runMode = RunMode.Default, bool treatAsRegex = false) { }
        public string CustomId { get; }
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
    public sealed class ModalInteractionAttribute : Attribute
    {
        public ModalInteractionAttribute(string customId, bool ignoreGroupNames = false, RunMode runMode = RunMode.Default, bool treatAsRegex = false) { }
        public string CustomId { get; }
    }

    public interface IResult
    {
        bool IsSuccess { get; }
        string ErrorReason { get; }
    }

    public class InteractionServiceConfig
    {
        public RunMode DefaultRunMode { get; set; }
    }

    public class InteractionService : IDisposable
    {
        public InteractionService(DiscordSocketClient discord, InteractionServiceConfig config = null) { }
        public event Func<ICommandInfo, IInteractionContext, IResult, Task> SlashCommandExecuted;
        public event Func<ICommandInfo, IInteractionContext, IResult, Task> InteractionExecuted;
        public Task<IEnumerable<ModuleInfo>> AddModulesAsync(Assembly assembly, IServiceProvider services) => throw null!;
        public Task<ModuleInfo> AddModuleAsync<T>(IServiceProvider services) => throw null!;
        public Task RegisterCommandsGloballyAsync(bool deleteMissing = true) => throw null!;
        public Task RegisterCommandsToGuildAsync(ulong guildId, bool deleteMissing = true) => throw null!;
        public Task<IResult> ExecuteCommandAsync(IInteractionContext context, IServiceProvider services) => throw null!;
        public void Dispose() { }
    }

    public class ModuleInfo
    {
        public string Name { get; }
    }
}
