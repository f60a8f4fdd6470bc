#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A system error number (`errno`) in plain words, in Chinese or English.
public struct SystemErrorText: Sendable {
    /// The error number.
    public let code: Int32

    public init(code: Int32) { self.code = code }

    /// The words, without the path.
    public func message(_ language: Language) -> String {
        switch code {
        case ENOSPC: return language.pick("磁盘已满（设备上没有剩余空间）", "no space left on the device")
        case EPIPE: return language.pick("读取端已关闭（管道已断开）", "the reading end was closed (broken pipe)")
        case EACCES, EPERM: return language.pick("没有权限", "permission denied")
        case EISDIR: return language.pick("这是一个文件夹，不是文件", "it is a folder, not a file")
        case ENOENT: return language.pick("文件或文件夹不存在", "no such file or folder")
        case ENOTDIR: return language.pick("路径中有一部分是文件，不是文件夹", "a part of the path is a file, not a folder")
        case EEXIST: return language.pick("已有同名的文件或文件夹", "a file or folder of that name is in the way")
        case EBUSY: return language.pick("文件夹正被另一次运行使用，请稍后再试", "the folder is in use by another run; try again")
        case EINVAL: return language.pick("这不是普通文件或文件夹", "it is not a regular file or folder")
        case EROFS: return language.pick("文件系统为只读", "the file system is read-only")
        case EDQUOT: return language.pick("超出磁盘配额", "the disk quota is exceeded")
        case ENOSYS: return language.pick("这台机器的 iconv 不能转换 GB18030，请将文件另存为“CSV UTF-8（逗号分隔）”", "this system's iconv cannot convert GB18030; save the file as \"CSV UTF-8 (Comma delimited)\"")
        case EIO: return language.pick("输入/输出错误", "an input/output error")
        case EBADF: return language.pick("标准输出未打开", "standard output is not open")
        case 0: return language.pick("写入失败", "the write failed")
        default:
            let text = String(cString: strerror(code))
            return language.pick("系统错误：\(text)", text.prefix(1).lowercased() + text.dropFirst())
        }
    }
}
