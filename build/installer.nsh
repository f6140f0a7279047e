; Included by electron-builder's NSIS script (nsis.include in electron-builder.config.mjs).
;
; Waymark keeps its database in %ProgramData%\Waymark so every staff account on the shared PC
; opens the same records. A folder an administrator creates there is read-only for other users by
; default, so the installer creates it and lets the local Users group modify what is inside.
; The SID is used rather than the name "Users", which is translated on non-English Windows.
; IT may narrow this to a specific group afterwards (see docs/installers.md).

!macro customInstall
  ReadEnvStr $0 "ProgramData"
  StrCmp $0 "" waymark_data_done
  CreateDirectory "$0\Waymark"
  nsExec::ExecToLog '"$SYSDIR\icacls.exe" "$0\Waymark" /grant *S-1-5-32-545:(OI)(CI)M'
  Pop $1
  waymark_data_done:
!macroend

; Uninstalling never touches %ProgramData%\Waymark: it holds the refuge's records.
!macro customUnInstall
!macroend
