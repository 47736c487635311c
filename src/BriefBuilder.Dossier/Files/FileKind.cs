namespace BriefBuilder.Files;

/// <summary>What a path names once its links are followed: the kind decides whether it may be read whole, written
/// through a temporary file, or written straight through.</summary>
public enum FileKind
{
    Regular,
    Directory,

    /// <summary>A character device, such as /dev/null, /dev/zero, a terminal or /dev/stdout on one.</summary>
    CharacterDevice,

    /// <summary>A pipe, named (mkfifo) or not (/dev/stdin in `cat x | briefbuilder check /dev/stdin`).</summary>
    Fifo,

    BlockDevice,
    Socket,
    Other,
}
