; NSIS installer for OKX Key Manager on Windows: a per-user install (no administrator rights)
; into %LOCALAPPDATA%\Programs\OKX Key Manager, a Start-menu shortcut, an uninstaller and an
; "Apps & features" entry under HKCU. Wraps the PyInstaller folder from `make dist` on Windows
; (two programs over one _internal folder: the windowed app and okx-key-manager-cli.exe).
; `make nsis` compiles it; by hand:
;
;   makensis /DVERSION=0.2.0rc1 /DVERSION_NUMERIC=0.2.0.4001 packaging\windows\installer.nsi
;
; Defines: VERSION (the app's version, any text) and VERSION_NUMERIC (its four numbers for
; Windows' version resource: `python packaging/appversion.py numeric`) are required. Optional:
; DIST_DIR (the PyInstaller folder), EXE_NAME and CLI_EXE_NAME (the programs in it), OUT_FILE,
; COMPRESSOR (lzma by default; "none" for CI's quick compile check), SIGN (a command that signs
; the file named by its last argument, e.g. `signtool sign /fd sha256 /tr <url> /td sha256`:
; run on the uninstaller before it is embedded, then on the installer). Relative paths are
; relative to this file's folder.
;
; Safe upgrades and uninstalls: both refuse to go on while either program runs from the folder
; (a running program's files are locked; the user is asked to close it: Retry / Cancel, and a
; silent run cancels, exit code 2). Only an _internal folder this installer wrote (it leaves a
; marker file in it) is ever deleted; a folder holding another program's _internal is refused.
; Uninstalling leaves the saved connections alone: the keychain items and
; %LOCALAPPDATA%\okx-key-manager (see docs/install.md).

Unicode true
ManifestDPIAware true

!define APP_NAME "OKX Key Manager"
!define APP_ID "okx-key-manager"
!define PUBLISHER "OKX Key Manager developers"
!ifndef VERSION
  !error "Pass /DVERSION=<version> /DVERSION_NUMERIC=<a.b.c.d> (make nsis does)"
!endif
!ifndef VERSION_NUMERIC
  !error "Pass /DVERSION_NUMERIC=<a.b.c.d>: python packaging/appversion.py numeric ${VERSION}"
!endif
!ifndef DIST_DIR
  !define DIST_DIR "..\..\dist\${APP_ID}"
!endif
!ifndef EXE_NAME
  !define EXE_NAME "${APP_ID}.exe"
!endif
!ifndef CLI_EXE_NAME
  !define CLI_EXE_NAME "${APP_ID}-cli.exe"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "..\..\dist\${APP_ID}-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSOR
  !define COMPRESSOR "lzma"
!endif
!define ICON "..\..\resources\icons\${APP_ID}.ico"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"
; The app's own settings (language) live in HKCU\Software\${APP_ID}\${APP_ID} (QSettings) and
; survive an uninstall; the installer keeps its folder in a subkey of its own.
!define INSTALLER_KEY "Software\${APP_ID}\Installer"
; Written into _internal by this installer: an _internal folder without it is not ours.
!define MARKER "_internal\${APP_ID}.installed"

!ifdef SIGN
  ; The uninstaller is signed before it is embedded, then the installer itself.
  !uninstfinalize '${SIGN} "%1"' = 0
  !finalize '${SIGN} "%1"' = 0
!endif

!if "${COMPRESSOR}" == "none"
  SetCompress off
!else
  SetCompressor /SOLID ${COMPRESSOR}
!endif
Name "${APP_NAME}"
OutFile "${OUT_FILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${INSTALLER_KEY}" "InstallDir"
ShowInstDetails nevershow
ShowUninstDetails nevershow
VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION_NUMERIC}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "CompanyName" "${PUBLISHER}"
VIAddVersionKey "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"

LangString AppRunning ${LANG_ENGLISH} "${APP_NAME} is running from $INSTDIR. Close it, and any ${APP_ID}-cli command (a bot started with run, for example), then choose Retry."
LangString AppRunning ${LANG_SIMPCHINESE} "${APP_NAME} 正在从 $INSTDIR 运行。请关闭它以及所有 ${APP_ID}-cli 命令（例如用 run 启动的交易机器人），然后点击“重试”。"
LangString AppRunning ${LANG_TRADCHINESE} "${APP_NAME} 正在從 $INSTDIR 執行。請關閉它以及所有 ${APP_ID}-cli 命令（例如以 run 啟動的交易機器人），然後按「重試」。"
LangString ForeignFolder ${LANG_ENGLISH} "$INSTDIR already holds another program's _internal folder. Choose an empty folder, or the folder ${APP_NAME} was installed in."
LangString ForeignFolder ${LANG_SIMPCHINESE} "$INSTDIR 中已有其他程序的 _internal 文件夹。请选择一个空文件夹，或 ${APP_NAME} 原来的安装文件夹。"
LangString ForeignFolder ${LANG_TRADCHINESE} "$INSTDIR 中已有其他程式的 _internal 資料夾。請選擇空的資料夾，或 ${APP_NAME} 原本的安裝資料夾。"
LangString Needs64Bit ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows 10 or 11."
LangString Needs64Bit ${LANG_SIMPCHINESE} "${APP_NAME} 需要 64 位 Windows 10 或 11。"
LangString Needs64Bit ${LANG_TRADCHINESE} "${APP_NAME} 需要 64 位元 Windows 10 或 11。"

; $0 = 1 when a program of the folder runs: Windows refuses to open a running program's file
; for writing. The installer and the uninstaller each get a copy (un. prefix).
!macro DEFINE_RUNNING_CHECKS UN
  Function ${UN}IsRunning
    StrCpy $0 0
    ${If} ${FileExists} "$INSTDIR\${EXE_NAME}"
      ClearErrors
      FileOpen $1 "$INSTDIR\${EXE_NAME}" a
      ${If} ${Errors}
        StrCpy $0 1
      ${Else}
        FileClose $1
      ${EndIf}
    ${EndIf}
    ${If} ${FileExists} "$INSTDIR\${CLI_EXE_NAME}"
      ClearErrors
      FileOpen $1 "$INSTDIR\${CLI_EXE_NAME}" a
      ${If} ${Errors}
        StrCpy $0 1
      ${Else}
        FileClose $1
      ${EndIf}
    ${EndIf}
  FunctionEnd

  ; Asks until the programs are closed (Retry) or aborts (Cancel; what a silent run chooses).
  Function ${UN}WaitUntilClosed
    ${Do}
      Call ${UN}IsRunning
      ${If} $0 == 0
        Return
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 2
      Abort
      retry:
    ${Loop}
  FunctionEnd
!macroend
!insertmacro DEFINE_RUNNING_CHECKS ""
!insertmacro DEFINE_RUNNING_CHECKS "un."

; Refuses a folder whose _internal this installer did not write (another program's files).
Function CheckFolder
  ${If} ${FileExists} "$INSTDIR\_internal\*.*"
  ${AndIfNot} ${FileExists} "$INSTDIR\${MARKER}"
    MessageBox MB_OK|MB_ICONSTOP "$(ForeignFolder)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
FunctionEnd

Function .onInit
  SetShellVarContext current
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "$(Needs64Bit)" /SD IDOK
    SetErrorLevel 2
    Abort
  ${EndIf}
FunctionEnd

; Leaving the folder page: Abort keeps the user on it to choose another folder or close the app.
Function DirectoryLeave
  Call CheckFolder
  Call WaitUntilClosed
FunctionEnd

Function un.onInit
  SetShellVarContext current
  Call un.WaitUntilClosed
FunctionEnd

Section "Install"
  ; Again here: a silent install has no pages, and the app may have started since.
  Call CheckFolder
  Call WaitUntilClosed
  SetOutPath "$INSTDIR"
  ; An update replaces the program files; saved connections live elsewhere and stay.
  ${If} ${FileExists} "$INSTDIR\${MARKER}"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  File /r "${DIST_DIR}\*"
  FileOpen $0 "$INSTDIR\${MARKER}" w
  FileWrite $0 "${APP_NAME} ${VERSION}$\r$\n"
  FileClose $0
  WriteUninstaller "$INSTDIR\Uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE_NAME}" "" "$INSTDIR\${EXE_NAME}" 0
  WriteRegStr HKCU "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
  ; Only what the installer put there: never a folder the user may have chosen as a whole.
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ${If} ${FileExists} "$INSTDIR\${MARKER}"
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  Delete "$INSTDIR\${EXE_NAME}"
  Delete "$INSTDIR\${CLI_EXE_NAME}"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "${INSTALLER_KEY}"
  DeleteRegKey /ifempty HKCU "Software\${APP_ID}"
SectionEnd
