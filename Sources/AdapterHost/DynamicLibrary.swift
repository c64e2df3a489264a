import Glibc

/// A shared library opened with `dlopen`, in the style of swift-system:
/// thin, typed, and never closed.
///
/// Never closed because an adapter may contain Swift code, whose runtime
/// metadata cannot be unregistered (swiftlang/swift#75889); the library is
/// opened with `RTLD_NODELETE` so that even a stray `dlclose` keeps it.
public struct DynamicLibrary: @unchecked Sendable {
  // @unchecked: the handle is an opaque token that dl* functions accept
  // from any thread; it is never dereferenced here.
  public let path: String
  let handle: UnsafeMutableRawPointer

  /// Opens the library at an absolute path. The corresponding C function is
  /// `dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE)`.
  public static func open(_ path: String) throws(AdapterLoadError) -> DynamicLibrary {
    _ = dlerror()
    guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE) else {
      throw .cannotOpen(path: path, reason: lastError() ?? "dlopen failed")
    }
    return DynamicLibrary(path: path, handle: handle)
  }

  /// Looks up an exported symbol. The corresponding C function is `dlsym`.
  public func symbol(named name: String) -> UnsafeMutableRawPointer? {
    _ = dlerror()
    return dlsym(handle, name)
  }

  private static func lastError() -> String? {
    guard let message = dlerror() else { return nil }
    return String(cString: message)
  }
}
