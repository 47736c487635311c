namespace BriefBuilder.Workbooks.Opening;

/// <summary>A workbook read from a pipe or a device (`check /dev/stdin`), which cannot be read at random as a zip
/// must be: its bytes are taken into memory, up to the file size limit. Only a file that starts like a zip or an OLE2
/// container is read whole; of anything else, such as `/dev/zero`, the first bytes are enough to say what it is.</summary>
internal static class PipedWorkbook
{
    private const int Head = 4096;

    public static MemoryStream Read(Stream pipe, ReadLimits limits)
    {
        using (pipe)
        {
            var buffer = new byte[Head];
            var length = pipe.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var memory = new MemoryStream();
            memory.Write(buffer, 0, length);
            if (length >= 2 && buffer[0] is (byte)'P' or 0xD0 && buffer[1] is (byte)'K' or 0xCF)
            {
                int read;
                while ((read = pipe.Read(buffer)) > 0)
                {
                    memory.Write(buffer, 0, read);
                    if (memory.Length > limits.FileBytes)
                    {
                        throw new LimitExceededException(WorkbookFile.TooLarge(limits.FileBytes, limits, atLeast: true));
                    }
                }
            }

            memory.Position = 0;
            return memory;
        }
    }
}
