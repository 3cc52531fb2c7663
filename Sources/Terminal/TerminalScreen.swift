import CNCursesw
import NewsUI
